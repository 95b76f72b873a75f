package plotting_test

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/neurons-in-go/course/pkg/plotting"
)

func ExampleScatterFitWith() {
	share := []float64{0.2, 0.3, 0.4}
	load := []float64{1, 2, 3}
	line := func(x float64) float64 { return 10*x - 1 }
	// The line over every share from 0 to 1, dashed where it leaves the observations.
	opt := plotting.ScatterOptions{
		Frame:          plotting.Frame{X: plotting.Range{Min: 0, Max: 1}},
		DashBeyondData: true,
	}
	fig, err := plotting.ScatterFitWith("Beyond the observations", "aluminium share x", "breaking load (t)",
		share, load, plotting.Fn{Label: "ŷ = 10x − 1", F: line}, opt)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(fig.Save(filepath.Join(os.TempDir(), "scatterfitwith.png")))
	// A first guess with its misses drawn: the residuals, named.
	guess := func(x float64) float64 { return 5 * x }
	_, err = plotting.ScatterFitWith("First guess", "x", "y", share, load,
		plotting.Fn{Label: "ŷ = 5x", F: guess}, plotting.ScatterOptions{Residuals: true})
	fmt.Println(err)
	// Output:
	// <nil>
	// <nil>
}
