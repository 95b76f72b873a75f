//go:build amd64 && !purego

#include "textflag.h"

// func prefetchTile(c *float64, ldc int, rows int)
// Written by hand (three instructions a row); see block.go.
TEXT ·prefetchTile(SB), NOSPLIT, $0-24
	MOVQ c+0(FP), AX
	MOVQ ldc+8(FP), BX
	SHLQ $3, BX
	MOVQ rows+16(FP), CX
	TESTQ CX, CX
	JLE done
loop:
	PREFETCHT0 (AX)
	PREFETCHT0 64(AX)
	PREFETCHT0 127(AX)
	ADDQ BX, AX
	DECQ CX
	JNZ loop
done:
	RET
