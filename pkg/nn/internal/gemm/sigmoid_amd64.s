//go:build amd64 && !purego

#include "textflag.h"

// func sigmoid4(dst, src *float64, n int, c *[4 * sigConsts]float64)
//
// dst[i] = 1 / (1 + exp(-src[i])) for i < n, n a multiple of 4. Each
// constant of c is stored four times so it can be a 256-bit memory operand:
//   0 log2(e)  1 1.5·2^52  2 ln2 high  3 ln2 low  4 1.0  5 708  6 -708
//   7 1023<<52 (as bits)  8.. the Taylor coefficients 1/13! .. 1/2!, 1, 1.
// exp(x) = 2^k · p(r) with k = round(x·log2 e), r = x − k·ln 2 (two FMAs,
// Cody–Waite), and p the degree-13 Taylor polynomial of e^r, |r| ≤ ln2/2,
// whose truncation error is below 5e-18 relative.
TEXT ·sigmoid4(SB), NOSPLIT, $0-32
	MOVQ dst+0(FP), DI
	MOVQ src+8(FP), SI
	MOVQ n+16(FP), CX
	MOVQ c+24(FP), R8
	VMOVUPD 0(R8), Y8      // log2e
	VMOVUPD 32(R8), Y9     // magic
	VMOVUPD 64(R8), Y10    // ln2hi
	VMOVUPD 96(R8), Y11    // ln2lo
	VMOVUPD 128(R8), Y12   // 1.0
	VMOVUPD 160(R8), Y13   // 708
	VMOVUPD 192(R8), Y14   // -708
	VMOVUPD 224(R8), Y15   // 1023<<52
	VXORPD Y7, Y7, Y7      // 0
loop:
	CMPQ CX, $4
	JLT done
	VMOVUPD (SI), Y0
	VSUBPD Y0, Y7, Y0      // x = -z
	VCMPPD $0x1E, Y13, Y0, Y6 // mask: x > 708 (ordered, quiet): result 0
	VMINPD Y0, Y13, Y0     // x = min(708, x); NaN stays NaN
	VMAXPD Y0, Y14, Y0     // x = max(-708, x)
	VMOVAPD Y9, Y1
	VFMADD231PD Y8, Y0, Y1 // t = x·log2e + magic
	VSUBPD Y9, Y1, Y2      // k = t − magic
	VPSLLQ $52, Y1, Y1     // k in the exponent field
	VPADDQ Y15, Y1, Y1     // 2^k
	VMOVAPD Y0, Y3
	VFNMADD231PD Y10, Y2, Y3 // r = x − k·ln2hi
	VFNMADD231PD Y11, Y2, Y3 // r −= k·ln2lo
	VMOVUPD 256(R8), Y4    // p = 1/13!
	VFMADD213PD 288(R8), Y3, Y4
	VFMADD213PD 320(R8), Y3, Y4
	VFMADD213PD 352(R8), Y3, Y4
	VFMADD213PD 384(R8), Y3, Y4
	VFMADD213PD 416(R8), Y3, Y4
	VFMADD213PD 448(R8), Y3, Y4
	VFMADD213PD 480(R8), Y3, Y4
	VFMADD213PD 512(R8), Y3, Y4
	VFMADD213PD 544(R8), Y3, Y4
	VFMADD213PD 576(R8), Y3, Y4
	VFMADD213PD 608(R8), Y3, Y4 // ... + 1/2!
	VFMADD213PD 640(R8), Y3, Y4 // ... + 1
	VFMADD213PD 672(R8), Y3, Y4 // ... + 1 = e^r
	VMULPD Y1, Y4, Y4      // e^x
	VADDPD Y12, Y4, Y4     // 1 + e^x
	VDIVPD Y4, Y12, Y4     // 1 / (1 + e^x)
	VANDNPD Y4, Y6, Y4     // 0 where x > 708
	VMOVUPD Y4, (DI)
	ADDQ $32, SI
	ADDQ $32, DI
	SUBQ $4, CX
	JMP loop
done:
	VZEROUPPER
	RET

// func sigmoid8(dst, src *float64, n int, c *[4 * sigConsts]float64)
//
// sigmoid4 with AVX-512: eight values per step, n a multiple of 8. The
// constants are broadcast from the first copy of each.
TEXT ·sigmoid8(SB), NOSPLIT, $0-32
	MOVQ dst+0(FP), DI
	MOVQ src+8(FP), SI
	MOVQ n+16(FP), CX
	MOVQ c+24(FP), R8
	VBROADCASTSD 0(R8), Z8    // log2e
	VBROADCASTSD 32(R8), Z9   // magic
	VBROADCASTSD 64(R8), Z10  // ln2hi
	VBROADCASTSD 96(R8), Z11  // ln2lo
	VBROADCASTSD 128(R8), Z12 // 1.0
	VBROADCASTSD 160(R8), Z13 // 708
	VBROADCASTSD 192(R8), Z14 // -708
	VBROADCASTSD 224(R8), Z15 // 1023<<52
	VPXORQ Z7, Z7, Z7         // 0
loop8:
	CMPQ CX, $8
	JLT done8
	VMOVUPD (SI), Z0
	VSUBPD Z0, Z7, Z0         // x = -z
	VCMPPD $0x1E, Z13, Z0, K3 // x > 708: result 0
	VMINPD Z0, Z13, Z0        // NaN stays NaN
	VMAXPD Z0, Z14, Z0
	VMOVAPD Z9, Z1
	VFMADD231PD Z8, Z0, Z1    // t = x·log2e + magic
	VSUBPD Z9, Z1, Z2         // k
	VPSLLQ $52, Z1, Z1
	VPADDQ Z15, Z1, Z1        // 2^k
	VMOVAPD Z0, Z3
	VFNMADD231PD Z10, Z2, Z3  // r = x − k·ln2hi
	VFNMADD231PD Z11, Z2, Z3  // r −= k·ln2lo
	VBROADCASTSD 256(R8), Z4  // 1/13!
	VFMADD213PD.BCST 288(R8), Z3, Z4
	VFMADD213PD.BCST 320(R8), Z3, Z4
	VFMADD213PD.BCST 352(R8), Z3, Z4
	VFMADD213PD.BCST 384(R8), Z3, Z4
	VFMADD213PD.BCST 416(R8), Z3, Z4
	VFMADD213PD.BCST 448(R8), Z3, Z4
	VFMADD213PD.BCST 480(R8), Z3, Z4
	VFMADD213PD.BCST 512(R8), Z3, Z4
	VFMADD213PD.BCST 544(R8), Z3, Z4
	VFMADD213PD.BCST 576(R8), Z3, Z4
	VFMADD213PD.BCST 608(R8), Z3, Z4
	VFMADD213PD.BCST 640(R8), Z3, Z4
	VFMADD213PD.BCST 672(R8), Z3, Z4 // e^r
	VMULPD Z1, Z4, Z4         // e^x
	VADDPD Z12, Z4, Z4        // 1 + e^x
	VDIVPD Z4, Z12, Z4        // 1 / (1 + e^x)
	VPXORQ Z4, Z4, K3, Z4     // 0 where x > 708
	VMOVUPD Z4, (DI)
	ADDQ $64, SI
	ADDQ $64, DI
	SUBQ $8, CX
	JMP loop8
done8:
	VZEROUPPER
	RET

// func sigmoidBack4(d, a *float64, n int)
//
// d[i] *= a[i]·(1 − a[i]) for i < n, n a multiple of 4 (AVX2).
TEXT ·sigmoidBack4(SB), NOSPLIT, $0-24
	MOVQ d+0(FP), DI
	MOVQ a+8(FP), SI
	MOVQ n+16(FP), CX
	MOVQ $0x3FF0000000000000, AX // 1.0
	MOVQ AX, X7
	VBROADCASTSD X7, Y7
back4:
	CMPQ CX, $4
	JLT back4done
	VMOVUPD (SI), Y0
	VSUBPD Y0, Y7, Y1 // 1 − a
	VMULPD Y1, Y0, Y1 // a(1 − a)
	VMULPD (DI), Y1, Y1
	VMOVUPD Y1, (DI)
	ADDQ $32, SI
	ADDQ $32, DI
	SUBQ $4, CX
	JMP back4
back4done:
	VZEROUPPER
	RET

// func sigmoidBack8(d, a *float64, n int)
//
// sigmoidBack4 with AVX-512, n a multiple of 8.
TEXT ·sigmoidBack8(SB), NOSPLIT, $0-24
	MOVQ d+0(FP), DI
	MOVQ a+8(FP), SI
	MOVQ n+16(FP), CX
	MOVQ $0x3FF0000000000000, AX // 1.0
	MOVQ AX, X7
	VBROADCASTSD X7, Z7
back8:
	CMPQ CX, $8
	JLT back8done
	VMOVUPD (SI), Z0
	VSUBPD Z0, Z7, Z1 // 1 − a
	VMULPD Z1, Z0, Z1 // a(1 − a)
	VMULPD (DI), Z1, Z1
	VMOVUPD Z1, (DI)
	ADDQ $64, SI
	ADDQ $64, DI
	SUBQ $8, CX
	JMP back8
back8done:
	VZEROUPPER
	RET
