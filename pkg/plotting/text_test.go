package plotting

import (
	"image"
	"testing"

	"golang.org/x/image/font/sfnt"
	"gonum.org/v1/plot/font"
)

// TestChartGlyphs checks that every character the package writes itself
// (tick labels, legends, titles of tiles) is drawn: either the chart font
// has it, or richText draws it as a script.
func TestChartGlyphs(t *testing.T) {
	face := font.DefaultCache.Lookup(sans(12), 12)
	var buf sfnt.Buffer
	for _, r := range "0123456789.-−×→⁰¹²³⁴⁵⁶⁷⁸⁹⁻x₁₂yf()pclassbounderyfirtngvmwhk" {
		if _, script := scripts[r]; script {
			r = scripts[r].base
		}
		if i, err := face.Face.GlyphIndex(&buf, r); err != nil || i == 0 {
			t.Errorf("the chart font has no glyph for %q (U+%04X)", r, r)
		}
	}
	// Every script's base character must exist, or it would vanish too.
	for s, sc := range scripts {
		if i, err := face.Face.GlyphIndex(&buf, sc.base); err != nil || i == 0 {
			t.Errorf("%q stands for %q, which the font lacks", s, sc.base)
		}
	}
}

func TestRichTextScripts(t *testing.T) {
	fnt := sans(12)
	for _, tc := range []struct {
		text string
		runs []textRun
	}{
		{"∂aₗ / ∂a₀", []textRun{{"∂a", 0}, {"l", -1}, {" / ∂a", 0}, {"0", -1}}},
		{"10⁻¹²", []textRun{{"10", 0}, {"−12", 1}}},
		{"2×10⁰", []textRun{{"2×10", 0}, {"0", 1}}},
		{"plain", []textRun{{"plain", 0}}},
		{"", nil},
		// A hyphen standing for a minus sign is drawn as one; others stay.
		{"-2", []textRun{{"−2", 0}}},
		{"w = -0.5, b = -.5", []textRun{{"w = −0.5, b = −.5", 0}}},
		{"[-1, 1]", []textRun{{"[−1, 1]", 0}}},
		{"x-axis", []textRun{{"x-axis", 0}}},
		{"1e-06", []textRun{{"1e-06", 0}}},
		{"3-4", []textRun{{"3-4", 0}}},
		{"-", []textRun{{"-", 0}}},
		{"- 2", []textRun{{"- 2", 0}}},
	} {
		got := runs(tc.text)
		if len(got) != len(tc.runs) {
			t.Errorf("runs(%q) = %v, want %v", tc.text, got, tc.runs)
			continue
		}
		for i := range got {
			if got[i] != tc.runs[i] {
				t.Errorf("runs(%q) = %v, want %v", tc.text, got, tc.runs)
				break
			}
		}
	}
	// A subscript the font lacks still takes room: "aₗ" is wider than "a",
	// by less than a full-size "l".
	wa, _, _ := richText{}.Box("a", fnt)
	wal, _, _ := richText{}.Box("aₗ", fnt)
	wl, _, _ := richText{}.Box("al", fnt)
	if !(wal > wa && wal < wl) {
		t.Errorf("widths a %v, aₗ %v, al %v: the subscript should be drawn, smaller", wa, wal, wl)
	}
}

func TestRichTextDrawsMissingGlyphs(t *testing.T) {
	// A chart whose axis label is only "ₗ" must show ink for it: compare
	// with the same chart without the label.
	with, err := Series("", "ₗₗₗ", "", false, Line{Y: []float64{1, 2}})
	if err != nil {
		t.Fatal(err)
	}
	without, err := Series("", " ", "", false, Line{Y: []float64{1, 2}})
	if err != nil {
		t.Fatal(err)
	}
	if dark(with.Image()) <= dark(without.Image()) {
		t.Error("the subscript l drew nothing")
	}
}

// dark counts the pixels of img darker than mid-grey.
func dark(img *image.RGBA) int {
	n := 0
	for i := 0; i < len(img.Pix); i += 4 {
		if int(img.Pix[i])+int(img.Pix[i+1])+int(img.Pix[i+2]) < 3*128 {
			n++
		}
	}
	return n
}
