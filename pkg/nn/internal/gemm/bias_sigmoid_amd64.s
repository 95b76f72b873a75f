//go:build amd64 && !purego

#include "textflag.h"

// func biasSigmoid8(dst, src *float64, n int, c *[4 * sigConsts]float64, p *float64, period int)
//
// sigmoid8 with the bias added first: for each chunk i of eight values,
// src[8i:8i+8] += p[8(i mod period):…+8] is stored back, then dst gets the
// sigmoid of the sum by exactly sigmoid8's instructions.
TEXT ·biasSigmoid8(SB), NOSPLIT, $0-48
	MOVQ dst+0(FP), DI
	MOVQ src+8(FP), SI
	MOVQ n+16(FP), CX
	MOVQ c+24(FP), R8
	MOVQ p+32(FP), R12
	MOVQ period+40(FP), R11
	MOVQ R12, R9
	MOVQ R11, R10
	VBROADCASTSD 0(R8), Z8    // log2e
	VBROADCASTSD 32(R8), Z9   // magic
	VBROADCASTSD 64(R8), Z10  // ln2hi
	VBROADCASTSD 96(R8), Z11  // ln2lo
	VBROADCASTSD 128(R8), Z12 // 1.0
	VBROADCASTSD 160(R8), Z13 // 708
	VBROADCASTSD 192(R8), Z14 // -708
	VBROADCASTSD 224(R8), Z15 // 1023<<52
	VPXORQ Z7, Z7, Z7         // 0
bloop8:
	CMPQ CX, $8
	JLT bdone8
	VMOVUPD (SI), Z0
	VADDPD (R9), Z0, Z0       // z += bias
	VMOVUPD Z0, (SI)
	ADDQ $64, R9
	DECQ R10
	JNE nowrap
	MOVQ R12, R9
	MOVQ R11, R10
nowrap:
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
	JMP bloop8
bdone8:
	VZEROUPPER
	RET
