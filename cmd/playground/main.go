//go:build js && wasm

// Command playground, the program readers use, is the neural-network
// playground of the course site (playground.html), compiled to WebAssembly:
//
//	GOOS=js GOARCH=wasm go build -ldflags='-s -w' -o build/playground/playground.wasm ./cmd/playground
//
// It runs in a Web Worker (web/worker.js) and trains pkg/nn networks as the
// page's messages say; internal/playground holds everything but the
// messages, so it is tested without a browser. `make playground` builds the
// page into build/.
package main

import (
	"math"
	"strconv"
	"strings"
	"time"

	"syscall/js"

	"github.com/neurons-in-go/course/internal/playground"
)

func main() {
	r := playground.NewRunner(poster{}, func() { time.Sleep(time.Millisecond) }, 50*time.Millisecond)
	command := js.FuncOf(func(_ js.Value, args []js.Value) any {
		c := playground.Command{Kind: args[0].String()}
		if len(args) > 1 && args[1].Type() == js.TypeString {
			c.Text = args[1].String()
		}
		r.Send(c)
		return nil
	})
	js.Global().Set("pgCommand", command)
	js.Global().Call("pgReady")
	r.Run()
}

// poster sends what the Runner shows to the page with postMessage.
type poster struct{}

func post(m map[string]any) { js.Global().Call("postMessage", m) }

func (poster) Settings(s playground.Settings) {
	hidden := make([]string, len(s.Hidden))
	for i, u := range s.Hidden {
		hidden[i] = strconv.Itoa(u)
	}
	post(map[string]any{
		"type": "settings", "query": s.Query(),
		"data": s.Data, "points": s.Points, "noise": s.Noise, "hidden": strings.Join(hidden, ","),
		"act": s.Activation, "opt": s.Optimizer, "rate": s.Rate, "batch": s.Batch, "l2": s.L2,
		"loss": s.Loss, "seed": float64(s.Seed), "epochs": s.Epochs,
	})
}

func (poster) Data(train, test playground.Dataset) {
	set := func(d playground.Dataset) map[string]any {
		return map[string]any{"x": float32s(d.X), "y": ints(d.Labels), "n": d.Len()}
	}
	post(map[string]any{"type": "data", "dim": train.Dim, "classes": train.Classes, "extent": playground.Extent,
		"train": set(train), "test": set(test)})
}

func (poster) Frame(f playground.Frame) {
	// The charts get the run's bounded history (its new points, or all of
	// them with replace); the status line gets the last epoch.
	stats := func(get func(playground.EpochStats) float64) js.Value {
		v := make([]float64, len(f.Points))
		for i, s := range f.Points {
			v[i] = get(s)
		}
		return float32s(v)
	}
	m := map[string]any{
		"type": "frame", "epoch": f.Epoch, "playing": f.Playing, "done": f.Done,
		"replace": f.Replace, "stride": f.Stride,
		"loss":     stats(func(s playground.EpochStats) float64 { return s.Loss }),
		"acc":      stats(func(s playground.EpochStats) float64 { return s.Acc }),
		"testLoss": stats(func(s playground.EpochStats) float64 { return s.TestLoss }),
		"testAcc":  stats(func(s playground.EpochStats) float64 { return s.TestAcc }),
	}
	if n := len(f.Stats); n > 0 {
		s := f.Stats[n-1]
		m["last"] = map[string]any{"loss": s.Loss, "acc": s.Acc, "testLoss": s.TestLoss, "testAcc": s.TestAcc}
	}
	if f.Boundary != nil {
		px := js.Global().Get("Uint8ClampedArray").New(len(f.Boundary))
		js.CopyBytesToJS(px, f.Boundary)
		m["boundary"], m["grid"] = px, playground.Grid
	}
	if f.Predicted != nil {
		m["predicted"] = ints(f.Predicted)
		rows := make([]any, len(f.Confusion))
		for i, row := range f.Confusion {
			rows[i] = ints(row)
		}
		m["confusion"] = rows
	}
	post(m)
}

func (poster) Error(msg string) { post(map[string]any{"type": "error", "message": msg}) }

// float32s copies numbers into a Float32Array (NaN and infinities stay as
// they are, for the page to show).
func float32s(v []float64) js.Value {
	b := make([]byte, 4*len(v))
	for i, f := range v {
		u := math.Float32bits(float32(f))
		b[4*i], b[4*i+1], b[4*i+2], b[4*i+3] = byte(u), byte(u>>8), byte(u>>16), byte(u>>24)
	}
	u8 := js.Global().Get("Uint8Array").New(len(b))
	js.CopyBytesToJS(u8, b)
	return js.Global().Get("Float32Array").New(u8.Get("buffer"))
}

// ints copies small non-negative integers into an Int32Array.
func ints(v []int) js.Value {
	a := js.Global().Get("Int32Array").New(len(v))
	for i, x := range v {
		a.SetIndex(i, x)
	}
	return a
}
