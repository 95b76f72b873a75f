package plotting_test

import (
	"reflect"
	"testing"

	"github.com/neurons-in-go/course/pkg/nn"
	"github.com/neurons-in-go/course/pkg/plotting"
)

// TestHistoryFieldsAreRunFields checks the seam between nn.Train and
// plotting.Loss: every field of nn.History is a field of plotting.Run with
// the same name and type, so a history fills a Run field by field.
func TestHistoryFieldsAreRunFields(t *testing.T) {
	h, r := reflect.TypeFor[nn.History](), reflect.TypeFor[plotting.Run]()
	for i := 0; i < h.NumField(); i++ {
		f := h.Field(i)
		g, ok := r.FieldByName(f.Name)
		if !ok || g.Type != f.Type {
			t.Errorf("nn.History.%s (%v) has no plotting.Run field of the same name and type", f.Name, f.Type)
		}
	}
}

// TestDescend2DPathDraws checks the seam between nn.Descend2D and
// plotting.Descent2D: the path goes in as it comes out.
func TestDescend2DPathDraws(t *testing.T) {
	f := func(x, y float64) float64 { return x*x + 5*y*y }
	grad := func(x, y float64) (float64, float64) { return 2 * x, 10 * y }
	path, err := nn.Descend2D(grad, -4, 2, 0.05, 1e-4, 1000)
	if err != nil {
		t.Fatal(err)
	}
	// The ranges of lesson 5. (Some symmetric ranges, such as [−4.5, 4.5]²
	// for this bowl, make gonum/plot v0.17's contour tracing loop for ever.)
	xr, yr := plotting.Range{Min: -4.5, Max: 1}, plotting.Range{Min: -2.5, Max: 2.5}
	if _, err := plotting.Descent2D("bowl", f, xr, yr, path); err != nil {
		t.Fatal(err)
	}
}
