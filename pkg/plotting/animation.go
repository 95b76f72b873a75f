package plotting

import (
	"bytes"
	"encoding/base64"
	"errors"
	"fmt"
	"image"
	"image/color"
	"image/gif"
	"path/filepath"
	"sort"
	"strings"
	"time"
)

// Animation limits: a notebook stays light if every animation is small.
const (
	// MaxFrames is the most frames an Animation keeps; longer sequences are
	// subsampled evenly, always keeping the first and the last frame.
	MaxFrames = 60
	// MaxGIFBytes is the largest GIF an Animation may encode to.
	MaxGIFBytes = 1 << 20
)

// An Animation is a sequence of figures encoded as an animated GIF that
// loops forever and holds its last frame a little longer. A notebook cell
// that ends with an *Animation shows it inline through its HTML method.
type Animation struct {
	gif    []byte
	frames int
	width  int // CSS pixels
}

// NewAnimation makes an animation that shows frames in order, each for
// delay (rounded to 10 ms; 0 means 100 ms). More than MaxFrames frames are
// subsampled evenly. Frames may differ in size; each is placed at the top
// left of the largest. It is an error if there are no frames, a frame is
// nil, or the GIF would exceed MaxGIFBytes even at half resolution.
func NewAnimation(delay time.Duration, frames ...*Figure) (*Animation, error) {
	const where = "plotting.NewAnimation"
	if len(frames) == 0 {
		return nil, errors.New(where + ": no frames")
	}
	for i, f := range frames {
		if f.empty() {
			return nil, fmt.Errorf("%s: frame %d is nil or empty", where, i)
		}
	}
	keep := subsample(len(frames), MaxFrames)
	chosen := make([]*Figure, len(keep))
	for i, k := range keep {
		chosen[i] = frames[k]
	}
	return encodeAnimation(where, delay, chosen)
}

// Animate makes an animation of n frames, calling frame(i) for each i in
// [0, n). If n exceeds MaxFrames, frame is called only for MaxFrames evenly
// spaced i (first and last included). The first error from frame stops the
// animation and is returned with its frame number.
func Animate(n int, delay time.Duration, frame func(i int) (*Figure, error)) (*Animation, error) {
	const where = "plotting.Animate"
	if n < 1 {
		return nil, fmt.Errorf("%s: n = %d frames, need at least 1", where, n)
	}
	if frame == nil {
		return nil, errors.New(where + ": frame function is nil")
	}
	keep := subsample(n, MaxFrames)
	figs := make([]*Figure, len(keep))
	for i, k := range keep {
		f, err := frame(k)
		if err != nil {
			return nil, fmt.Errorf("%s: frame %d: %w", where, k, err)
		}
		if f.empty() {
			return nil, fmt.Errorf("%s: frame %d is nil or empty", where, k)
		}
		figs[i] = f
	}
	return encodeAnimation(where, delay, figs)
}

// subsample returns up to limit indices in [0, n), evenly spaced, with the
// first and last included.
func subsample(n, limit int) []int {
	if n <= limit {
		idx := make([]int, n)
		for i := range idx {
			idx[i] = i
		}
		return idx
	}
	idx := make([]int, limit)
	for i := range idx {
		idx[i] = i * (n - 1) / (limit - 1)
	}
	return idx
}

// encodeAnimation quantises the frames and encodes them at their CSS pixel
// size and, if that is too big, at two thirds and then half of it.
func encodeAnimation(where string, delay time.Duration, figs []*Figure) (*Animation, error) {
	if delay <= 0 {
		delay = 100 * time.Millisecond
	}
	cs := max(1, int(delay/(10*time.Millisecond)))
	width := 0
	for _, f := range figs {
		w, _ := f.Size()
		width = max(width, w)
	}
	var size int
	for _, shrink := range []int{2, 3, 4} {
		imgs := make([]*image.RGBA, len(figs))
		for i, f := range figs {
			imgs[i] = downscale(f.img, shrink)
		}
		data := encodeGIF(imgs, cs)
		if len(data) <= MaxGIFBytes {
			return &Animation{gif: data, frames: len(figs), width: width}, nil
		}
		size = len(data)
	}
	return nil, fmt.Errorf("%s: %d frames make a %d-byte GIF even at half size, over the %d-byte limit: use fewer frames",
		where, len(figs), size, MaxGIFBytes)
}

// downscale averages k×k blocks of src.
func downscale(src *image.RGBA, k int) *image.RGBA {
	b := src.Bounds()
	w, h := b.Dx()/k, b.Dy()/k
	dst := image.NewRGBA(image.Rect(0, 0, w, h))
	for y := range h {
		for x := range w {
			var sum [4]int
			for dy := range k {
				row := src.PixOffset(b.Min.X+x*k, b.Min.Y+y*k+dy)
				for dx := range k {
					for c := range 4 {
						sum[c] += int(src.Pix[row+dx*4+c])
					}
				}
			}
			o := dst.PixOffset(x, y)
			for c := range 4 {
				dst.Pix[o+c] = uint8(sum[c] / (k * k))
			}
		}
	}
	return dst
}

// encodeGIF builds one palette from the most frequent colours of all
// frames, maps every pixel to its nearest palette colour, and stores each
// frame after the first as just the rectangle that changed, with the pixels
// in it that did not change left transparent: they compress to almost
// nothing, which keeps a 60-frame animation under MaxGIFBytes at full size.
func encodeGIF(imgs []*image.RGBA, delayCS int) []byte {
	pal := buildPalette(imgs)
	clear := uint8(len(pal)) // the transparent index, after the colours
	framePal := append(pal[:len(pal):len(pal)], color.RGBA{})
	cache := map[uint32]uint8{}
	w, h := 0, 0
	for _, im := range imgs {
		w, h = max(w, im.Rect.Dx()), max(h, im.Rect.Dy())
	}
	full := image.Rect(0, 0, w, h)
	anim := &gif.GIF{Config: image.Config{ColorModel: framePal, Width: w, Height: h}}
	var prev *image.Paletted
	for i, im := range imgs {
		cur := image.NewPaletted(full, framePal)
		// Pixels outside a smaller frame stay index 0, the most common colour.
		for y := 0; y < im.Rect.Dy(); y++ {
			for x := 0; x < im.Rect.Dx(); x++ {
				o := im.PixOffset(x, y)
				key := uint32(im.Pix[o])<<16 | uint32(im.Pix[o+1])<<8 | uint32(im.Pix[o+2])
				idx, ok := cache[key]
				if !ok {
					idx = uint8(pal.Index(color.RGBA{im.Pix[o], im.Pix[o+1], im.Pix[o+2], 0xFF}))
					cache[key] = idx
				}
				cur.Pix[cur.PixOffset(x, y)] = idx
			}
		}
		frame := cur
		if prev != nil {
			r := changed(prev, cur)
			if r.Empty() {
				r = image.Rect(0, 0, 1, 1)
			}
			frame = image.NewPaletted(r, framePal)
			for y := r.Min.Y; y < r.Max.Y; y++ {
				for x := r.Min.X; x < r.Max.X; x++ {
					o := cur.PixOffset(x, y)
					if cur.Pix[o] == prev.Pix[o] {
						frame.Pix[frame.PixOffset(x, y)] = clear
					} else {
						frame.Pix[frame.PixOffset(x, y)] = cur.Pix[o]
					}
				}
			}
		}
		d := delayCS
		if i == len(imgs)-1 && len(imgs) > 1 {
			d = max(delayCS*3, 150)
		}
		anim.Image = append(anim.Image, frame)
		anim.Delay = append(anim.Delay, d)
		anim.Disposal = append(anim.Disposal, gif.DisposalNone)
		prev = cur
	}
	var buf bytes.Buffer
	// Encoding well-formed paletted frames into a buffer cannot fail.
	_ = gif.EncodeAll(&buf, anim)
	return buf.Bytes()
}

// changed returns the smallest rectangle holding every pixel that differs
// between a and b, which have the same bounds.
func changed(a, b *image.Paletted) image.Rectangle {
	r := image.Rectangle{}
	w := a.Rect.Dx()
	for i := range a.Pix {
		if a.Pix[i] != b.Pix[i] {
			p := image.Pt(i%w, i/w)
			r = r.Union(image.Rectangle{Min: p, Max: p.Add(image.Pt(1, 1))})
		}
	}
	return r
}

// buildPalette returns up to 255 colours for imgs: the pixels are pooled
// in buckets of 5 bits per channel, so that anti-aliased shades share an
// entry (6 bits band less but make a 60-frame boundary animation twice as
// big), and each of the most populous buckets is drawn in its most frequent
// exact colour, as quantize does for single PNGs. A bucket's centre instead
// would split a nearly uniform colour whose channels straddle a bucket edge
// into two visibly different hues.
func buildPalette(imgs []*image.RGBA) color.Palette {
	type bucket struct {
		total, best int
		rep         uint32
	}
	counts := map[uint32]int{}
	for _, im := range imgs {
		for i := 0; i < len(im.Pix); i += 4 * 3 { // every third pixel is plenty
			counts[uint32(im.Pix[i])<<16|uint32(im.Pix[i+1])<<8|uint32(im.Pix[i+2])]++
		}
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
	pal := color.Palette{}
	for _, bu := range all[:min(255, len(all))] { // index 255 is kept for transparency
		k := bu.rep
		pal = append(pal, color.RGBA{uint8(k >> 16), uint8(k >> 8), uint8(k), 0xFF})
	}
	return pal
}

// Frames returns how many frames the animation holds (after subsampling).
func (a *Animation) Frames() int { return a.frames }

// GIF returns the animation as GIF bytes.
func (a *Animation) GIF() []byte { return bytes.Clone(a.gif) }

// HTML returns an <img> element that embeds the GIF as a data URI, shown at
// the frames' CSS width. Gophernotes calls HTML to show an *Animation that
// ends a notebook cell.
func (a *Animation) HTML() string {
	return fmt.Sprintf(`<img width="%d" alt="animation, %d frames" src="data:image/gif;base64,%s">`,
		a.width, a.frames, base64.StdEncoding.EncodeToString(a.gif))
}

// Save writes the animation to path, which must end in .gif, through a
// temporary file renamed into place.
func (a *Animation) Save(path string) error {
	if ext := strings.ToLower(filepath.Ext(path)); ext != ".gif" {
		return fmt.Errorf("plotting: saving %s: an animation saves only as .gif, not %q", path, ext)
	}
	return writeAtomic(path, a.gif)
}
