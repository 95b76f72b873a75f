package nn

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"slices"

	"gonum.org/v1/gonum/mat"
)

// The model file format, version 1, all integers little-endian:
//
//	magic    8 bytes  "NNGOMODL"
//	version  uint32   1
//	layers   uint32   number of layers L
//	sizes    (L+1) × uint32, inputs first
//	acts     L bytes, the Activation of each layer
//	params   for each layer: W row by row (In×Out float64), then B (Out float64)
//	checksum 32 bytes, sha256 of everything before it
const (
	modelMagic   = "NNGOMODL"
	modelVersion = 1
	maxLayers    = 1 << 10
	maxLayerSize = 1 << 24
)

// MarshalBinary encodes the network's sizes, activations, weights and biases
// in the versioned model format that Save writes.
func (n *Network) MarshalBinary() ([]byte, error) {
	var buf bytes.Buffer
	buf.WriteString(modelMagic)
	le := binary.LittleEndian
	buf.Write(le.AppendUint32(nil, modelVersion))
	buf.Write(le.AppendUint32(nil, uint32(len(n.Layers))))
	for _, s := range n.Sizes() {
		buf.Write(le.AppendUint32(nil, uint32(s)))
	}
	for _, l := range n.Layers {
		buf.WriteByte(byte(l.Activation))
	}
	var b8 [8]byte
	for _, l := range n.Layers {
		for _, p := range [][]float64{l.W.RawMatrix().Data, l.B.RawVector().Data} {
			for _, v := range p {
				le.PutUint64(b8[:], math.Float64bits(v))
				buf.Write(b8[:])
			}
		}
	}
	sum := sha256.Sum256(buf.Bytes())
	buf.Write(sum[:])
	return buf.Bytes(), nil
}

// Save writes the network to path atomically: it writes a temporary file in
// the same directory and renames it over path, so a crash never leaves a
// half-written model behind.
func (n *Network) Save(path string) error {
	data, err := n.MarshalBinary()
	if err != nil {
		return err
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), filepath.Base(path)+".tmp*")
	if err != nil {
		return fmt.Errorf("nn: Save: %w", err)
	}
	defer os.Remove(tmp.Name()) // a no-op after the rename succeeds
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return fmt.Errorf("nn: Save %s: %w", path, err)
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return fmt.Errorf("nn: Save %s: %w", path, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("nn: Save %s: %w", path, err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("nn: Save: %w", err)
	}
	return nil
}

// Load reads a network saved by Save.
func Load(path string) (*Network, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("nn: Load: %w", err)
	}
	n, err := decodeNetwork(data)
	if err != nil {
		return nil, fmt.Errorf("nn: Load %s: %w", path, err)
	}
	return n, nil
}

// LoadWeights reads a network saved by Save into n, whose sizes and
// activations must match the file's.
func (n *Network) LoadWeights(path string) error {
	m, err := Load(path)
	if err != nil {
		return err
	}
	if !slices.Equal(m.Sizes(), n.Sizes()) {
		return fmt.Errorf("nn: LoadWeights %s: file has sizes %v, network has %v", path, m.Sizes(), n.Sizes())
	}
	for i, l := range n.Layers {
		if l.Activation != m.Layers[i].Activation {
			return fmt.Errorf("nn: LoadWeights %s: layer %d is %v in the file, %v in the network", path, i, m.Layers[i].Activation, l.Activation)
		}
	}
	for i, l := range n.Layers {
		l.W.Copy(m.Layers[i].W)
		l.B.CopyVec(m.Layers[i].B)
	}
	return nil
}

// UnmarshalBinary replaces n with the network encoded in data by
// MarshalBinary.
func (n *Network) UnmarshalBinary(data []byte) error {
	m, err := decodeNetwork(data)
	if err != nil {
		return fmt.Errorf("nn: UnmarshalBinary: %w", err)
	}
	*n = *m
	return nil
}

func decodeNetwork(data []byte) (*Network, error) {
	const head = len(modelMagic) + 8
	if len(data) < head {
		return nil, fmt.Errorf("truncated: %d bytes, a model file has at least %d", len(data), head+sha256.Size)
	}
	if string(data[:len(modelMagic)]) != modelMagic {
		return nil, errors.New("not a model file (wrong magic bytes)")
	}
	le := binary.LittleEndian
	if v := le.Uint32(data[8:]); v != modelVersion {
		return nil, fmt.Errorf("format version %d, this library reads version %d", v, modelVersion)
	}
	L := int(le.Uint32(data[12:]))
	if L < 1 || L > maxLayers {
		return nil, fmt.Errorf("corrupted: %d layers", L)
	}
	p := head
	need := p + 4*(L+1) + L
	if len(data) < need {
		return nil, fmt.Errorf("truncated: %d bytes, the header alone needs %d", len(data), need)
	}
	sizes := make([]int, L+1)
	params := 0
	for i := range sizes {
		sizes[i] = int(le.Uint32(data[p:]))
		p += 4
		if sizes[i] < 1 || sizes[i] > maxLayerSize {
			return nil, fmt.Errorf("corrupted: layer size %d", sizes[i])
		}
		if i > 0 {
			params += sizes[i-1]*sizes[i] + sizes[i]
			if params > maxLayerSize*16 {
				return nil, fmt.Errorf("corrupted: %d parameters is implausibly many", params)
			}
		}
	}
	acts := make([]Activation, L)
	for i := range acts {
		acts[i] = Activation(data[p])
		p++
		if !acts[i].valid() {
			return nil, fmt.Errorf("corrupted: layer %d has unknown activation %d", i, acts[i])
		}
	}
	want := p + 8*params + sha256.Size
	if len(data) < want {
		return nil, fmt.Errorf("truncated: %d bytes, sizes %v need %d", len(data), sizes, want)
	}
	if len(data) > want {
		return nil, fmt.Errorf("corrupted: %d bytes, sizes %v need exactly %d", len(data), sizes, want)
	}
	sum := sha256.Sum256(data[:want-sha256.Size])
	if !bytes.Equal(sum[:], data[want-sha256.Size:]) {
		return nil, errors.New("corrupted: checksum mismatch")
	}
	n := &Network{in: &mat.Dense{}}
	for i, f := range acts {
		l := emptyLayer(sizes[i], sizes[i+1], f)
		for _, dst := range [][]float64{l.W.RawMatrix().Data, l.B.RawVector().Data} {
			for j := range dst {
				v := math.Float64frombits(le.Uint64(data[p:]))
				p += 8
				if math.IsNaN(v) || math.IsInf(v, 0) {
					return nil, fmt.Errorf("corrupted: layer %d has a parameter %v", i, v)
				}
				dst[j] = v
			}
		}
		n.Layers = append(n.Layers, l)
	}
	return n, nil
}
