//go:build amd64 && !purego

#include "textflag.h"

// func addRows512(c, b *float64, rows, ldc int, mask int)
TEXT ·addRows512(SB), NOSPLIT, $0-40
	MOVQ c+0(FP), DI
	MOVQ b+8(FP), SI
	MOVQ rows+16(FP), CX
	MOVQ ldc+24(FP), R8
	SHLQ $3, R8
	MOVQ mask+32(FP), R14
	KMOVW R14, K1
	SHRQ $8, R14
	KMOVW R14, K2
	SHRQ $8, R14
	KMOVW R14, K3
	SHRQ $8, R14
	KMOVW R14, K4
	VMOVUPD.Z (SI), K1, Z4
	VMOVUPD.Z 64(SI), K2, Z5
	VMOVUPD.Z 128(SI), K3, Z6
	VMOVUPD.Z 192(SI), K4, Z7
addloop:
	TESTQ CX, CX
	JEQ adddone
	VMOVUPD.Z (DI), K1, Z0
	VMOVUPD.Z 64(DI), K2, Z1
	VMOVUPD.Z 128(DI), K3, Z2
	VMOVUPD.Z 192(DI), K4, Z3
	VADDPD Z4, Z0, Z0
	VADDPD Z5, Z1, Z1
	VADDPD Z6, Z2, Z2
	VADDPD Z7, Z3, Z3
	VMOVUPD Z0, K1, (DI)
	VMOVUPD Z1, K2, 64(DI)
	VMOVUPD Z2, K3, 128(DI)
	VMOVUPD Z3, K4, 192(DI)
	ADDQ R8, DI
	DECQ CX
	JMP addloop
adddone:
	VZEROUPPER
	RET

// func colSums512(s, c *float64, rows, ldc int, mask int)
TEXT ·colSums512(SB), NOSPLIT, $0-40
	MOVQ s+0(FP), SI
	MOVQ c+8(FP), DI
	MOVQ rows+16(FP), CX
	MOVQ ldc+24(FP), R8
	SHLQ $3, R8
	MOVQ mask+32(FP), R14
	KMOVW R14, K1
	SHRQ $8, R14
	KMOVW R14, K2
	SHRQ $8, R14
	KMOVW R14, K3
	SHRQ $8, R14
	KMOVW R14, K4
	VPXORQ Z4, Z4, Z4
	VPXORQ Z5, Z5, Z5
	VPXORQ Z6, Z6, Z6
	VPXORQ Z7, Z7, Z7
sumloop:
	TESTQ CX, CX
	JEQ sumdone
	VMOVUPD.Z (DI), K1, Z0
	VMOVUPD.Z 64(DI), K2, Z1
	VMOVUPD.Z 128(DI), K3, Z2
	VMOVUPD.Z 192(DI), K4, Z3
	VADDPD Z0, Z4, Z4
	VADDPD Z1, Z5, Z5
	VADDPD Z2, Z6, Z6
	VADDPD Z3, Z7, Z7
	ADDQ R8, DI
	DECQ CX
	JMP sumloop
sumdone:
	VMOVUPD Z4, K1, (SI)
	VMOVUPD Z5, K2, 64(SI)
	VMOVUPD Z6, K3, 128(SI)
	VMOVUPD Z7, K4, 192(SI)
	VZEROUPPER
	RET

// func addPattern512(c, p *float64, chunks, period int)
//
// For i < chunks: c[8i:8i+8] += p[8(i mod period):…+8], unmasked, in order.
TEXT ·addPattern512(SB), NOSPLIT, $0-32
	MOVQ c+0(FP), DI
	MOVQ p+8(FP), SI
	MOVQ chunks+16(FP), CX
	MOVQ period+24(FP), R8
	MOVQ SI, R9
	MOVQ R8, R10
patloop:
	TESTQ CX, CX
	JEQ patdone
	VMOVUPD (DI), Z0
	VADDPD (R9), Z0, Z0
	VMOVUPD Z0, (DI)
	ADDQ $64, DI
	ADDQ $64, R9
	DECQ R10
	JNE patnext
	MOVQ SI, R9
	MOVQ R8, R10
patnext:
	DECQ CX
	JMP patloop
patdone:
	VZEROUPPER
	RET
