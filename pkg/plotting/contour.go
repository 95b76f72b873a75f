package plotting

import (
	"gonum.org/v1/plot/plotter"
)

// isoLines returns the lines along which the sampled function g crosses
// level, by marching squares: each cell of four neighbouring samples whose
// corners lie on both sides of level holds one segment (two at a saddle),
// from one crossed edge to another, and segments that share an edge are
// joined into polylines. A line that closes on itself ends where it
// started. A sample counts as above when it is at least level.
//
// at returns the point where an edge crosses level, given its two ends
// (the first below the level, the second above) and their values; it is
// called once per crossed edge. The work and memory are proportional to
// the number of cells, whatever the values: nothing here can loop without
// end, unlike gonum/plot's contour code (see docs/gonum-plot-contour-hang.md).
func isoLines(g grid, level float64, at func(lo, hi plotter.XY, zlo, zhi float64) plotter.XY) []plotter.XYs {
	nc, nr := g.Dims()
	if nc < 2 || nr < 2 {
		return nil
	}
	above := func(c, r int) bool { return g.z[c][r] >= level }
	// Edge ids: the horizontal edge from (c, r) to (c+1, r) is 2(r·nc+c),
	// the vertical edge from (c, r) to (c, r+1) is 2(r·nc+c)+1.
	hEdge := func(c, r int) int { return 2 * (r*nc + c) }
	vEdge := func(c, r int) int { return 2*(r*nc+c) + 1 }
	// Each crossed edge touches at most two segments (its two cells).
	type ends struct{ seg [2]int32 }
	links := make(map[int]*ends)
	var segs [][2]int // pairs of edge ids
	link := func(e, s int) {
		l := links[e]
		if l == nil {
			l = &ends{seg: [2]int32{-1, -1}}
			links[e] = l
		}
		if l.seg[0] < 0 {
			l.seg[0] = int32(s)
		} else {
			l.seg[1] = int32(s)
		}
	}
	addSeg := func(a, b int) {
		segs = append(segs, [2]int{a, b})
		link(a, len(segs)-1)
		link(b, len(segs)-1)
	}
	for r := range nr - 1 {
		for c := range nc - 1 {
			bl, br, tr, tl := above(c, r), above(c+1, r), above(c+1, r+1), above(c, r+1)
			bottom, right, top, left := hEdge(c, r), vEdge(c+1, r), hEdge(c, r+1), vEdge(c, r)
			var crossed []int
			if bl != br {
				crossed = append(crossed, bottom)
			}
			if br != tr {
				crossed = append(crossed, right)
			}
			if tr != tl {
				crossed = append(crossed, top)
			}
			if tl != bl {
				crossed = append(crossed, left)
			}
			switch len(crossed) {
			case 2:
				addSeg(crossed[0], crossed[1])
			case 4: // a saddle: the mean of the corners decides which pair joins
				mean := (g.z[c][r] + g.z[c+1][r] + g.z[c+1][r+1] + g.z[c][r+1]) / 4
				if (mean >= level) == bl {
					// bl joins tr through the centre: cut off br and tl.
					addSeg(bottom, right)
					addSeg(top, left)
				} else {
					addSeg(left, bottom)
					addSeg(right, top)
				}
			}
		}
	}
	if len(segs) == 0 {
		return nil
	}
	// The crossing point of each edge, located once.
	points := make(map[int]plotter.XY, len(links))
	point := func(e int) plotter.XY {
		if q, ok := points[e]; ok {
			return q
		}
		cell, vertical := e/2, e%2 == 1
		c, r := cell%nc, cell/nc
		c2, r2 := c+1, r
		if vertical {
			c2, r2 = c, r+1
		}
		a := plotter.XY{X: g.xs[c], Y: g.ys[r]}
		b := plotter.XY{X: g.xs[c2], Y: g.ys[r2]}
		za, zb := g.z[c][r], g.z[c2][r2]
		if za >= level {
			a, b, za, zb = b, a, zb, za
		}
		q := at(a, b, za, zb)
		points[e] = q
		return q
	}
	// Walk the chains: open ones first (from an edge with one segment, on
	// the grid's border), then the closed loops left over.
	used := make([]bool, len(segs))
	var lines []plotter.XYs
	walk := func(start int, e int) {
		line := plotter.XYs{point(e)}
		s := start
		for s >= 0 && !used[s] {
			used[s] = true
			next := segs[s][0]
			if next == e {
				next = segs[s][1]
			}
			line = append(line, point(next))
			e = next
			l := links[e]
			s = int(l.seg[0])
			if s >= 0 && used[s] {
				s = int(l.seg[1])
			}
		}
		lines = append(lines, line)
	}
	for s, sg := range segs {
		if used[s] {
			continue
		}
		for _, e := range sg {
			if l := links[e]; l.seg[1] < 0 {
				walk(s, e)
				break
			}
		}
	}
	for s, sg := range segs {
		if !used[s] {
			walk(s, sg[0])
		}
	}
	return lines
}

// lerpAt locates a crossing by linear interpolation between the samples,
// as contour lines of a smooth function do.
func lerpAt(level float64) func(lo, hi plotter.XY, zlo, zhi float64) plotter.XY {
	return func(lo, hi plotter.XY, zlo, zhi float64) plotter.XY {
		t := 0.5
		if zhi > zlo {
			t = (level - zlo) / (zhi - zlo)
		}
		return plotter.XY{X: lo.X + t*(hi.X-lo.X), Y: lo.Y + t*(hi.Y-lo.Y)}
	}
}
