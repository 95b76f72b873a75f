package plotting

import (
	"math"
	"strings"

	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/text"
	"gonum.org/v1/plot/vg"
)

// richText is the text handler of every chart: gonum's plain text, except
// that Unicode superscripts and subscripts (the ² of x², the ⁻⁶ of 10⁻⁶, the
// ₗ of aₗ) are drawn as the ordinary character, smaller and raised or
// lowered. The chart font, Liberation Sans, has no glyph at all for many of
// them (⁰ ⁹ ⁻ ⁺ ⁱ ₊ ₋ ₕ ₖ ₗ ₘ ₙ ₚ ₛ ₜ ⱼ: drawn as is, "∂aₗ" would show as
// "∂a"), and drawing all of them the same way keeps "10⁻¹" and "10¹" alike.
// Other characters the font lacks (∇ ⊙ ∈, for instance) are not drawn;
// TestChartGlyphs lists the ones the charts' own texts use.
type richText struct{}

var _ text.Handler = richText{}

// Script sizes: a superscript or subscript is scriptScale of the text's
// size, its baseline raised by supRise or lowered by subDrop of the size.
const (
	scriptScale = 0.7
	supRise     = 0.38
	subDrop     = 0.14
)

// scripts maps each superscript and subscript character to the ordinary
// one it stands for, and whether it is raised (+1) or lowered (−1).
var scripts = func() map[rune]struct {
	base  rune
	shift int
} {
	m := map[rune]struct {
		base  rune
		shift int
	}{}
	add := func(from, to string, shift int) {
		f, t := []rune(from), []rune(to)
		for i := range f {
			m[f[i]] = struct {
				base  rune
				shift int
			}{t[i], shift}
		}
	}
	add("⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾ⁱⁿ", "0123456789+−=()in", 1)
	add("₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎ₐₑₒₓₕₖₗₘₙₚₛₜᵢᵣᵤᵥⱼ", "0123456789+−=()aeoxhklmnpstiruvj", -1)
	return m
}()

// A textRun is a piece of one line drawn at one size and height.
type textRun struct {
	s     string
	shift int // 0 normal, +1 superscript, −1 subscript
}

// runs splits a line into runs of normal text and of scripts (written
// with their ordinary characters). A hyphen that is a minus sign (before a
// digit, at the start or after a space or bracket: "-2", "w = -0.5",
// "[-1, 1]") is drawn as the minus sign "−", as in the charts' titles, so
// tick labels and legends written with strconv's "-" match them; a hyphen
// inside a word or number ("x-axis", "1e-06") is left as it is.
func runs(line string) []textRun {
	var out []textRun
	var b strings.Builder
	shift := 0
	rs := []rune(line)
	for i, r := range rs {
		sh, ch := 0, r
		if s, ok := scripts[r]; ok {
			sh, ch = s.shift, s.base
		}
		if r == '-' && isMinus(rs, i) {
			ch = '−'
		}
		if sh != shift && b.Len() > 0 {
			out = append(out, textRun{b.String(), shift})
			b.Reset()
		}
		shift = sh
		b.WriteRune(ch)
	}
	if b.Len() > 0 {
		out = append(out, textRun{b.String(), shift})
	}
	return out
}

// isMinus reports whether the hyphen at rs[i] stands for a minus sign: a
// digit or decimal point follows it, and nothing or a space, bracket,
// comma, equals sign or slash comes before it.
func isMinus(rs []rune, i int) bool {
	if i+1 >= len(rs) || !(rs[i+1] >= '0' && rs[i+1] <= '9' || rs[i+1] == '.') {
		return false
	}
	return i == 0 || strings.ContainsRune(" \t([{,=/:;<>", rs[i-1])
}

// Cache implements text.Handler.
func (richText) Cache() *font.Cache { return font.DefaultCache }

// Extents implements text.Handler.
func (richText) Extents(fnt font.Font) font.Extents {
	f := font.DefaultCache.Lookup(fnt, fnt.Size)
	return f.Extents()
}

// Lines implements text.Handler.
func (richText) Lines(txt string) []string {
	return strings.Split(strings.TrimRight(txt, "\n"), "\n")
}

// face returns fnt's face at the size of a run with shift.
func faceFor(fnt font.Font, shift int) font.Face {
	size := fnt.Size
	if shift != 0 {
		size *= scriptScale
	}
	f := fnt
	f.Size = size
	return font.DefaultCache.Lookup(f, size)
}

// width returns the width of one line.
func width(line string, fnt font.Font) vg.Length {
	var w vg.Length
	for _, r := range runs(line) {
		f := faceFor(fnt, r.shift)
		w += f.Width(r.s)
	}
	return w
}

// Box implements text.Handler.
func (richText) Box(txt string, fnt font.Font) (w, height, depth vg.Length) {
	f := font.DefaultCache.Lookup(fnt, fnt.Size)
	ext := f.Extents()
	return width(txt, fnt), ext.Ascent, ext.Descent
}

// Draw implements text.Handler, as gonum's text.Plain does, run by run.
func (h richText) Draw(c vg.Canvas, txt string, sty text.Style, pt vg.Point) {
	txt = strings.TrimRight(txt, "\n")
	if len(txt) == 0 {
		return
	}
	fnt := font.DefaultCache.Lookup(sty.Font, sty.Font.Size)
	c.SetColor(sty.Color)
	if sty.Rotation != 0 {
		c.Push()
		c.Rotate(sty.Rotation)
	}
	sin64, cos64 := math.Sincos(sty.Rotation)
	cos, sin := vg.Length(cos64), vg.Length(sin64)
	pt.X, pt.Y = pt.Y*sin+pt.X*cos, pt.Y*cos-pt.X*sin
	lines := h.Lines(txt)
	ht := sty.Height(txt)
	pt.Y += ht*vg.Length(sty.YAlign) - fnt.Extents().Ascent
	for i, line := range lines {
		x := pt.X + vg.Length(sty.XAlign)*width(line, sty.Font)
		y := pt.Y + vg.Length(len(lines)-i)*sty.Font.Size
		for _, r := range runs(line) {
			f := faceFor(sty.Font, r.shift)
			dy := vg.Length(0)
			switch r.shift {
			case 1:
				dy = supRise * sty.Font.Size
			case -1:
				dy = -subDrop * sty.Font.Size
			}
			c.FillString(f, vg.Point{X: x, Y: y + dy}, r.s)
			x += f.Width(r.s)
		}
	}
	if sty.Rotation != 0 {
		c.Pop()
	}
}
