package plotting

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestEmptyFigure checks that a nil or zero Figure (what a notebook holds
// when it ignored a chart function's error) never panics and says so.
func TestEmptyFigure(t *testing.T) {
	for name, f := range map[string]*Figure{"nil": nil, "zero": {}} {
		if b := f.PNG(); b != nil {
			t.Errorf("%s Figure: PNG returned %d bytes, want none", name, len(b))
		}
		if s := f.svgText(); s != "" {
			t.Errorf("%s Figure: svgText returned %q, want nothing", name, s)
		}
		if r := f.Render(); !strings.Contains(r.Data["text/plain"].(string), "no figure") || r.Data["image/png"] != nil {
			t.Errorf("%s Figure: Render %v should say there is no figure, with no picture", name, r.Data)
		}
		if s := f.String(); !strings.Contains(s, "no figure") {
			t.Errorf("%s Figure: String %q should say there is no figure", name, s)
		}
		if w, h := f.Size(); w != 0 || h != 0 {
			t.Errorf("%s Figure: Size %d×%d, want 0×0", name, w, h)
		}
		if img := f.Image(); img == nil || !img.Rect.Empty() {
			t.Errorf("%s Figure: Image should be an empty picture", name)
		}
		if err := f.VectorError(); err == nil || !strings.Contains(err.Error(), "empty") {
			t.Errorf("%s Figure: VectorError %v, want an error saying it is empty", name, err)
		}
		if err := f.Save(filepath.Join(t.TempDir(), "x.png")); err == nil || !strings.Contains(err.Error(), "empty") {
			t.Errorf("%s Figure: Save %v, want an error saying it is empty", name, err)
		}
		if _, err := Grid(1, f); err == nil {
			t.Errorf("%s Figure: Grid accepted it", name)
		}
		if _, err := NewAnimation(0, f); err == nil {
			t.Errorf("%s Figure: NewAnimation accepted it", name)
		}
	}
}
