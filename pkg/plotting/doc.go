// Package plotting draws the course's charts with gonum.org/v1/plot.
//
// Every chart is one function call that returns a *Figure and an error:
//
//	fig, err := plotting.Functions("Step and sigmoid", -6, 6,
//		plotting.Fn{Label: "step", F: step},
//		plotting.Fn{Label: "sigmoid", F: sigmoid})
//
// The charts are Functions and FunctionsXY (curves over a range, the
// latter with axis labels of its own), Series (one value per layer or step,
// several lines; SeriesWith fixes the y range and can name
// the x positions, such as the candidate values of a setting), ScatterFit (data with a
// fitted line and residuals), Loss and LossWith (training histories, train
// vs test, several runs; LossWith fixes the axes, shows accuracy in per
// cent, draws reference lines with labels of your own, smooths noisy curves,
// shows a part of the epochs and marks epochs with labelled lines), DecisionBoundary (what a 2-D classifier decides;
// DecisionBoundaryWith names the classes in the legend and rings chosen points), Descent1D
// and Descent2D (gradient descent paths; Descent2DXY names the axes, such
// as the weight w and the bias b; Descent1DPath and Descent2DPath dot only some
// steps of a long path, and Descent2DPath can give the contours' values or
// draw labelled contour lines at values of your choice), Digits (8×8 images with true and
// predicted labels), Images (the same tiles with captions of your own; ImagesWith can add a pixel grid), Confusion (a confusion matrix) and Weights / WeightsOf
// (each hidden unit's input weights as an image; WeightsWith and WeightsOfWith
// fix the colour scale so that two charts share it). Grid puts figures side by
// side.
//
// Every figure keeps a blank border inside its edges, also each panel of
// a Grid, so no tick label or line is cut at the picture's edge or runs
// into the next panel. Series draws a dot at each value; a Line with
// NoMarkers is a plain line, for series of hundreds of values.
//
// A Figure is drawn once, when it is made, and checked not to be blank, so
// any problem is an error from the chart function; PNG then cannot fail.
// A notebook cell that ends with a *Figure shows it inline through its
// Render method: gophernotes stores one PNG (8-bit paletted, drawn at 2×
// pixel density for HiDPI screens, typically 10–60 kB) with its CSS size
// as the width and height in the output's metadata, which Jupyter,
// nbconvert's HTML pages and GitHub use to draw it sharp at that size. A
// Figure has no SVG, HTML or PDF method, so notebooks store each chart
// once; Save("x.svg") writes an SVG (no embedded fonts, generic sans-serif
// fallback) and Save("x.pdf") a PDF. The SVG and the PDF are drawn when
// first asked for and never panic: if gonum's vector backend fails on a
// figure they hold its PNG picture instead, and VectorError says why. Save
// picks the format from the extension (.png, .svg, .pdf, .gif) and writes
// through a temporary file, never leaving half a file.
//
// Axes are marked at round values (1, 2 or 5 times a power of ten) that
// include 0 whenever it is on the axis, labelled without rounding noise
// and never "−0"; logarithmic axes are labelled in powers of ten (10⁻⁶,
// 2×10⁻²). Charts of functions (Functions, Descent1D, ScatterFit) draw the
// lines x = 0 and y = 0 where they fall inside the chart, unless a Frame
// says NoZeroLines (for a step, which would seem joined at 0). Charts of the
// plane (DecisionBoundary, Descent2D) use the same scale on both axes
// when the ranges' lengths are within a factor of four, so slopes and
// angles look as they are. A Ref draws a horizontal reference line (σ =
// 0.5, chance accuracy) through a Frame, and Run.Chance and
// LossOptions.AccuracyRefs in Loss and LossWith; a Mark
// marks a point with its label in the legend (a prediction, a curve's
// largest and smallest value) through a Frame. ScatterFitFrame draws the
// fitted line across the Frame's x range, to show what it predicts
// beyond the data; ScatterFitWith takes the residuals and the Frame as named
// options (ScatterOptions) and can draw the line dashed beyond the data.
//
// Text may use Unicode superscripts and subscripts (x², 10⁻³, ∂aₗ, wᵢⱼ):
// they are drawn as smaller, raised or lowered characters, also those the
// chart font (Liberation Sans) has no glyph for. Other characters the font
// lacks, such as ∇, ⊙ and ∈, do not show: spell them out.
//
// An Animation is a sequence of figures as a looping GIF (at most MaxFrames
// frames and MaxGIFBytes bytes): build one with Animate(n, delay, frame) or
// NewAnimation(delay, figs...); a cell ending in an *Animation shows it
// through HTML. For frames that do not jump, give every frame the same
// Frame (fixed axes and legend corner) through FunctionsFrame or
// Descent1DFrame; Descent1D alone already keeps its axes and legend while
// the path grows inside its range.
//
// All charts share one theme: sans-serif text at readable sizes, axis labels
// and titles, the colour-blind-safe Okabe–Ito Palette, and legends in a row
// between the title and the plot area, so they never hide data (a Frame may
// pin a legend to a corner instead). Bad input — empty data, mismatched lengths, NaN or Inf,
// empty ranges, unknown extensions — is an error that says which value and
// where, never a panic or a blank picture.
//
// The package takes plain slices, functions and gonum matrices; it does not
// depend on the course's nn package, and its API has no generics, so the
// notebook interpreter can import it.
package plotting
