//go:build amd64 && !purego

#include "textflag.h"

// func adam4(w, grad, m, v *float64, n int, c *[6]float64)
//
// For i < n (a multiple of 4), four at a time (AVX2, no FMA, so the result
// equals adamGo's):
//	m = b1·m + c1·g;  v = b2·v + (c2·g)·g;  w = w − (alpha·m)/(√v + eps)
// with c = {alpha, b1, b2, eps, c1, c2}.
TEXT ·adam4(SB), NOSPLIT, $0-48
	MOVQ w+0(FP), DI
	MOVQ grad+8(FP), SI
	MOVQ m+16(FP), R8
	MOVQ v+24(FP), R9
	MOVQ n+32(FP), CX
	MOVQ c+40(FP), AX
	VBROADCASTSD 0(AX), Y8   // alpha
	VBROADCASTSD 8(AX), Y9   // b1
	VBROADCASTSD 16(AX), Y10 // b2
	VBROADCASTSD 24(AX), Y11 // eps
	VBROADCASTSD 32(AX), Y12 // c1
	VBROADCASTSD 40(AX), Y13 // c2
adamloop:
	CMPQ CX, $4
	JLT adamdone
	VMOVUPD (SI), Y0      // g
	VMULPD (R8), Y9, Y1   // b1·m
	VMULPD Y0, Y12, Y2    // c1·g
	VADDPD Y2, Y1, Y1     // m
	VMOVUPD Y1, (R8)
	VMULPD (R9), Y10, Y3  // b2·v
	VMULPD Y0, Y13, Y4    // c2·g
	VMULPD Y0, Y4, Y4     // (c2·g)·g
	VADDPD Y4, Y3, Y3     // v
	VMOVUPD Y3, (R9)
	VSQRTPD Y3, Y5
	VADDPD Y11, Y5, Y5    // √v + eps
	VMULPD Y1, Y8, Y6     // alpha·m
	VDIVPD Y5, Y6, Y6     // alpha·m / (√v + eps)
	VMOVUPD (DI), Y7
	VSUBPD Y6, Y7, Y7     // w − step
	VMOVUPD Y7, (DI)
	ADDQ $32, SI
	ADDQ $32, DI
	ADDQ $32, R8
	ADDQ $32, R9
	SUBQ $4, CX
	JMP adamloop
adamdone:
	VZEROUPPER
	RET
