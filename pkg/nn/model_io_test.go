package nn

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"

	"gonum.org/v1/gonum/mat"
)

func TestSaveLoadRoundTrip(t *testing.T) {
	net := newTestNet(t, Config{Sizes: []int{3, 4, 2}, Hidden: ReLU, Output: Softmax, Init: InitHe})
	path := filepath.Join(t.TempDir(), "model.nn")
	if err := net.Save(path); err != nil {
		t.Fatal(err)
	}
	got, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	for i, l := range net.Layers {
		g := got.Layers[i]
		if !mat.Equal(l.W, g.W) || !mat.Equal(l.B, g.B) || l.Activation != g.Activation {
			t.Errorf("layer %d differs after Save and Load", i)
		}
	}
	x := []float64{0.1, -0.2, 0.3}
	a, _ := net.Forward(x)
	want := append([]float64(nil), a...)
	b, err := got.Forward(x)
	if err != nil || b[0] != want[0] || b[1] != want[1] {
		t.Errorf("loaded network gives %v, original %v", b, want)
	}
	entries, _ := os.ReadDir(filepath.Dir(path))
	if len(entries) != 1 {
		t.Errorf("Save left %d files behind, want only the model", len(entries))
	}

	wantErr(t, net.Save(filepath.Join(t.TempDir(), "no", "such", "dir", "m.nn")), "nn: Save")
	_, err = Load(filepath.Join(t.TempDir(), "missing.nn"))
	wantErr(t, err, "missing.nn")
}

func TestLoadBadFiles(t *testing.T) {
	net := newTestNet(t, Config{Sizes: []int{2, 3, 1}})
	good := net.encode()
	mutate := func(f func(b []byte) []byte) []byte {
		return f(append([]byte(nil), good...))
	}
	tests := []struct {
		name string
		data []byte
		want string
	}{
		{"empty", nil, "truncated"},
		{"magic", mutate(func(b []byte) []byte { b[0] = 'X'; return b }), "wrong magic"},
		{"version", mutate(func(b []byte) []byte { b[8] = 2; return b }), "format version 2"},
		{"layers", mutate(func(b []byte) []byte { b[12] = 0; return b }), "0 layers"},
		{"short header", good[:20], "header alone"},
		{"size", mutate(func(b []byte) []byte { b[16], b[17], b[18], b[19] = 0, 0, 0, 0; return b }), "Sizes[0] = 0"},
		{"activation", mutate(func(b []byte) []byte { b[28] = 200; return b }), "unknown activation"},
		{"truncated", good[:len(good)-5], "truncated"},
		{"trailing", append(append([]byte(nil), good...), 0), "need exactly"},
		{"flipped weight", mutate(func(b []byte) []byte { b[40] ^= 1; return b }), "checksum mismatch"},
		{"huge", mutate(func(b []byte) []byte {
			b[16], b[17], b[18] = 0xff, 0xff, 0x7f
			b[20], b[21], b[22] = 0xff, 0xff, 0x7f
			return b
		}), "more than 268435456 weights and biases"},
	}
	for _, tt := range tests {
		path := filepath.Join(t.TempDir(), tt.name+".nn")
		os.WriteFile(path, tt.data, 0o644)
		_, err := Load(path)
		wantErr(t, err, tt.want)
		if err != nil {
			wantErr(t, err, path)
		}
	}
}

func FuzzDecodeNetwork(f *testing.F) {
	for _, sizes := range [][]int{{2, 1}, {2, 3, 1}} {
		n, err := New(Config{Sizes: sizes}, newFuzzRand())
		if err != nil {
			f.Fatal(err)
		}
		data := n.encode()
		f.Add(data)
	}
	f.Add([]byte("NNGOMODL"))
	f.Fuzz(func(t *testing.T, data []byte) {
		n, err := decodeNetwork(data)
		if err != nil {
			return
		}
		if again := n.encode(); string(again) != string(data) {
			t.Errorf("a decoded network does not re-encode to the same bytes")
		}
	})
}

func newFuzzRand() *rand.Rand { return rand.New(rand.NewPCG(1, 1)) }
