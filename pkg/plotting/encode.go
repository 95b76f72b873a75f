package plotting

import (
	"fmt"
	"html"
	"image"
	"image/color"
	"regexp"
	"sort"
	"strconv"
	"strings"

	xfont "golang.org/x/image/font"
	"gonum.org/v1/plot/font"
)

// quantize returns img as a paletted image of at most 256 colours. If img
// has 256 distinct colours or fewer, the result is exact. Otherwise colours
// are pooled in buckets of 5 bits a channel; the 256 fullest buckets become
// the palette, each represented by its most frequent exact colour (so the
// theme's pure colours, white and the grid grey stay exact), and every other
// colour maps to its nearest palette entry. All colours are opaque: figures
// are drawn on white.
func quantize(img *image.RGBA) *image.Paletted {
	b := img.Bounds()
	counts := map[uint32]int{}
	for y := b.Min.Y; y < b.Max.Y; y++ {
		o := img.PixOffset(b.Min.X, y)
		for x := 0; x < b.Dx(); x++ {
			p := img.Pix[o+4*x : o+4*x+3]
			counts[uint32(p[0])<<16|uint32(p[1])<<8|uint32(p[2])]++
		}
	}
	var reps []uint32 // the palette's colours, as 0xRRGGBB
	if len(counts) <= 256 {
		for k := range counts {
			reps = append(reps, k)
		}
	} else {
		type bucket struct {
			total, best int
			rep         uint32
		}
		buckets := map[uint32]*bucket{}
		for k, n := range counts {
			bk := k & 0xF8F8F8
			bu := buckets[bk]
			if bu == nil {
				bu = &bucket{}
				buckets[bk] = bu
			}
			bu.total += n
			if n > bu.best || (n == bu.best && k < bu.rep) {
				bu.best, bu.rep = n, k
			}
		}
		all := make([]*bucket, 0, len(buckets))
		for _, bu := range buckets {
			all = append(all, bu)
		}
		sort.Slice(all, func(i, j int) bool {
			if all[i].total != all[j].total {
				return all[i].total > all[j].total
			}
			return all[i].rep < all[j].rep
		})
		for _, bu := range all[:min(256, len(all))] {
			reps = append(reps, bu.rep)
		}
	}
	sort.Slice(reps, func(i, j int) bool { return reps[i] < reps[j] })
	pal := make(color.Palette, len(reps))
	index := make(map[uint32]uint8, len(counts))
	for i, k := range reps {
		pal[i] = color.RGBA{uint8(k >> 16), uint8(k >> 8), uint8(k), 0xFF}
		index[k] = uint8(i)
	}
	for k := range counts {
		if _, ok := index[k]; !ok {
			index[k] = uint8(pal.Index(color.RGBA{uint8(k >> 16), uint8(k >> 8), uint8(k), 0xFF}))
		}
	}
	out := image.NewPaletted(image.Rect(0, 0, b.Dx(), b.Dy()), pal)
	for y := range b.Dy() {
		o := img.PixOffset(b.Min.X, b.Min.Y+y)
		row := out.Pix[y*out.Stride : y*out.Stride+b.Dx()]
		for x := range row {
			p := img.Pix[o+4*x : o+4*x+3]
			row[x] = index[uint32(p[0])<<16|uint32(p[1])<<8|uint32(p[2])]
		}
	}
	return out
}

// svgText matches a text element as gonum's SVG backend writes it: its
// attributes, its style and its (escaped) text.
var svgText = regexp.MustCompile(`<text ([^>]*?)style="([^"]*)">([^<]*)</text>`)

// svgFontSize finds the font size in a text element's style.
var svgFontSize = regexp.MustCompile(`font-size:([0-9.]+)px`)

// portableFamily is the font-family list every SVG text asks for: the
// Liberation Sans the figure was laid out with, the metric-compatible Arial
// and Helvetica, and then whatever sans-serif font the viewer has.
const portableFamily = `font-family:'Liberation Sans',Arial,Helvetica,sans-serif;`

// portableText rewrites the text elements of an SVG document made without
// embedded fonts so that any viewer shows them in place: the font family
// falls back to a generic sans-serif, and each element gets the width gonum
// laid it out with (textLength), so a wider or narrower fallback font is
// fitted to the same space instead of running past its anchor.
func portableText(svg []byte) []byte {
	return svgText.ReplaceAllFunc(svg, func(m []byte) []byte {
		sub := svgText.FindSubmatch(m)
		attrs, style, text := string(sub[1]), string(sub[2]), string(sub[3])
		if !strings.HasPrefix(style, "font-family:Liberation Sans;") {
			return m
		}
		fs := svgFontSize.FindStringSubmatch(style)
		if fs == nil {
			return m
		}
		size, err := strconv.ParseFloat(fs[1], 64)
		if err != nil || size <= 0 {
			return m
		}
		fnt := font.Font{Typeface: "Liberation", Variant: "Sans", Size: font.Length(size)}
		if strings.Contains(style, "font-weight:bold") {
			fnt.Weight = xfont.WeightBold
		}
		if strings.Contains(style, "font-style:italic") {
			fnt.Style = xfont.StyleItalic
		}
		face := font.DefaultCache.Lookup(fnt, fnt.Size)
		width := face.Width(html.UnescapeString(text)).Points()
		style = portableFamily + strings.TrimPrefix(style, "font-family:Liberation Sans;")
		return fmt.Appendf(nil, `<text %stextLength="%.5g" lengthAdjust="spacingAndGlyphs" style="%s">%s</text>`,
			attrs, width, style, text)
	})
}
