package nn

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
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
		{"trailing", append(append([]byte(nil), good...), 0), "longer than the"},
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
		// Load's reader stops where the header says the file ends (one
		// byte later), never reads more than it was given, and hands
		// decodeNetwork a whole file unchanged.
		r := bytes.NewReader(data)
		read, rerr := readModel(r)
		if used := len(data) - r.Len(); used < len(read) || (rerr == nil && used != len(read)) {
			t.Errorf("readModel returned %d bytes after reading %d", len(read), used)
		}
		if rerr == nil && !bytes.Equal(read, data[:len(read)]) {
			t.Errorf("readModel changed the bytes it read")
		}
		n, err := decodeNetwork(data)
		if err != nil {
			return
		}
		if rerr != nil || !bytes.Equal(read, data) {
			t.Errorf("decodeNetwork reads the file but readModel gave %d of its %d bytes (%v)", len(read), len(data), rerr)
		}
		if again := n.encode(); string(again) != string(data) {
			t.Errorf("a decoded network does not re-encode to the same bytes")
		}
	})
}

func newFuzzRand() *rand.Rand { return rand.New(rand.NewPCG(1, 1)) }

// endless is a reader that never ends: the start of a model file with the
// given sizes, then zeros for ever. It counts the bytes read from it.
type endless struct {
	head []byte
	read int
}

func (e *endless) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = 0
		if e.read+i < len(e.head) {
			p[i] = e.head[e.read+i]
		}
	}
	e.read += len(p)
	return len(p), nil
}

// TestLoadReadsBoundedly checks that Load stops reading where the file
// should end: at once for a stream of zeros, and one byte past the length
// the header gives for a valid header followed by zeros.
func TestLoadReadsBoundedly(t *testing.T) {
	if _, err := os.Stat("/dev/zero"); err == nil {
		_, err := Load("/dev/zero")
		wantErr(t, err, "nn: Load: /dev/zero: not a model file")
	}
	e := &endless{}
	_, err := readModel(e)
	wantErr(t, err, "not a model file")
	if e.read > 64 {
		t.Errorf("read %d bytes of zeros, want only a header's worth", e.read)
	}
	sizes := []int{64, 30, 10}
	e = &endless{head: header(sizes)}
	data, err := readModel(e)
	if err != nil {
		t.Fatal(err)
	}
	want := len(e.head) + 8*(64*30+30+30*10+10) + 32
	if len(data) != want+1 {
		t.Errorf("read a model of %d bytes, want the %d the header gives and one more", len(data), want)
	}
	_, err = decodeNetwork(data)
	wantErr(t, err, fmt.Sprintf("corrupted: longer than the %d bytes that sizes [64 30 10] need", want))
}

// TestSaveThroughSymlink checks that Save writes through a symbolic link:
// the file it points to gets the model, and the link stays a link.
func TestSaveThroughSymlink(t *testing.T) {
	net := newTestNet(t, Config{Sizes: []int{2, 3, 1}})
	for _, tt := range []struct {
		name   string
		link   func(dir string) (link, target string)
		exists bool
	}{
		{"absolute link", func(dir string) (string, string) {
			target := filepath.Join(dir, "models", "m.nn")
			return filepath.Join(dir, "current.nn"), target
		}, true},
		{"relative link", func(dir string) (string, string) {
			return filepath.Join(dir, "current.nn"), filepath.Join(dir, "models", "m.nn")
		}, true},
		{"dangling link", func(dir string) (string, string) {
			return filepath.Join(dir, "current.nn"), filepath.Join(dir, "models", "new.nn")
		}, false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			link, target := tt.link(dir)
			if err := os.Mkdir(filepath.Dir(target), 0o755); err != nil {
				t.Fatal(err)
			}
			if tt.exists {
				if err := os.WriteFile(target, []byte("an old model"), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			dest := target
			if tt.name == "relative link" {
				dest = filepath.Join("models", filepath.Base(target))
			}
			if err := os.Symlink(dest, link); err != nil {
				t.Skip("no symbolic links here:", err)
			}
			if err := net.Save(link); err != nil {
				t.Fatal(err)
			}
			if fi, err := os.Lstat(link); err != nil || fi.Mode()&os.ModeSymlink == 0 {
				t.Errorf("after Save, %s is no longer a symbolic link (%v)", link, err)
			}
			if _, err := Load(target); err != nil {
				t.Errorf("the link's target does not hold the model: %v", err)
			}
			for _, d := range []string{dir, filepath.Dir(target)} {
				entries, _ := os.ReadDir(d)
				for _, e := range entries {
					if strings.HasSuffix(e.Name(), ".tmp") {
						t.Errorf("Save left %s in %s", e.Name(), d)
					}
				}
			}
		})
	}
	// A loop of links is an error, not a hang.
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.nn"), filepath.Join(dir, "b.nn")
	if os.Symlink(b, a) == nil && os.Symlink(a, b) == nil {
		wantErr(t, net.Save(a), "more than 40 symbolic links in a row")
	}
}
