//go:build amd64 && !purego

#include "textflag.h"

// func axpy4(y, x *float64, n int, alpha float64)
//
// y[i] = y[i] + alpha·x[i] for i < n (a multiple of 4): sixteen values per
// loop while there are, then four; VMULPD then VADDPD, no FMA, so the
// result equals axpyGo's.
TEXT ·axpy4(SB), NOSPLIT, $0-32
	MOVQ y+0(FP), DI
	MOVQ x+8(FP), SI
	MOVQ n+16(FP), CX
	VBROADCASTSD alpha+24(FP), Y8
axpy16:
	CMPQ CX, $16
	JLT axpy4loop
	VMULPD (SI), Y8, Y0
	VMULPD 32(SI), Y8, Y1
	VMULPD 64(SI), Y8, Y2
	VMULPD 96(SI), Y8, Y3
	VADDPD (DI), Y0, Y0
	VADDPD 32(DI), Y1, Y1
	VADDPD 64(DI), Y2, Y2
	VADDPD 96(DI), Y3, Y3
	VMOVUPD Y0, (DI)
	VMOVUPD Y1, 32(DI)
	VMOVUPD Y2, 64(DI)
	VMOVUPD Y3, 96(DI)
	ADDQ $128, SI
	ADDQ $128, DI
	SUBQ $16, CX
	JMP axpy16
axpy4loop:
	CMPQ CX, $4
	JLT axpydone
	VMULPD (SI), Y8, Y0
	VADDPD (DI), Y0, Y0
	VMOVUPD Y0, (DI)
	ADDQ $32, SI
	ADDQ $32, DI
	SUBQ $4, CX
	JMP axpy4loop
axpydone:
	VZEROUPPER
	RET
