package nn

import "gonum.org/v1/gonum/floats"

// The three matrix products below carry all the arithmetic of batch training.
// Every matrix is a row-major slice: element (i, j) of an r×c matrix x is
// x[i*c+j]. They overwrite c and never allocate, so a training step can reuse
// its buffers. Keeping every hot product behind these three functions lets a
// faster kernel replace their bodies without touching the lesson code.

// mulAB sets c (m×n) to a·b, where a is m×k and b is k×n.
func mulAB(c, a, b []float64, m, k, n int) {
	c = c[:m*n]
	clear(c)
	for i := 0; i < m; i++ {
		ci := c[i*n : (i+1)*n]
		ai := a[i*k : (i+1)*k]
		for p, aip := range ai {
			if aip != 0 {
				floats.AddScaled(ci, aip, b[p*n:(p+1)*n])
			}
		}
	}
}

// mulATB sets c (m×n) to aᵀ·b, where a is k×m and b is k×n.
func mulATB(c, a, b []float64, m, k, n int) {
	c = c[:m*n]
	clear(c)
	for p := 0; p < k; p++ {
		ap := a[p*m : (p+1)*m]
		bp := b[p*n : (p+1)*n]
		for i, api := range ap {
			if api != 0 {
				floats.AddScaled(c[i*n:(i+1)*n], api, bp)
			}
		}
	}
}

// mulABT sets c (m×n) to a·bᵀ, where a is m×k and b is n×k.
func mulABT(c, a, b []float64, m, k, n int) {
	c = c[:m*n]
	for i := 0; i < m; i++ {
		ai := a[i*k : (i+1)*k]
		ci := c[i*n : (i+1)*n]
		for j := range ci {
			ci[j] = floats.Dot(ai, b[j*k:(j+1)*k])
		}
	}
}
