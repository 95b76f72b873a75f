package nn

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"os"
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
//
// New, Save and Load share the limits on layers, sizes and parameters
// (maxLayers, maxLayerSize, maxParams in network.go), and Save refuses a
// network that Load would reject, so every file Save writes loads again.
const (
	modelMagic   = "NNGOMODL"
	modelVersion = 1
)

// encode returns the network in the model format.
func (n *Network) encode() []byte {
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
	return buf.Bytes()
}

// Save writes the network's sizes, activations, weights and biases to path
// in a versioned, checksummed format that Load reads. It refuses a network
// that Load would reject: one whose layers do not fit together (see
// Network), beyond the limits of New, or with a NaN or infinite weight.
//
// Save writes path+".tmp" first and renames it over path, so a crash never
// leaves a half-written model at path. On every error it removes the
// temporary file; if the process is killed while writing, path+".tmp"
// stays behind and the next Save to path replaces it. Two Saves to the
// same path at the same time are not supported: they share that file.
func (n *Network) Save(path string) (err error) {
	if err := n.check("Save"); err != nil {
		return err
	}
	if err := checkSizes(n.Sizes()); err != nil {
		return fmt.Errorf("nn: Save: %w", err)
	}
	if err := n.checkWeights(); err != nil {
		return fmt.Errorf("nn: Save: %w", err)
	}
	tmp := path + ".tmp"
	f, err := os.OpenFile(tmp, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o644)
	if err != nil {
		return fmt.Errorf("nn: Save: %w", err)
	}
	defer func() {
		if err != nil {
			f.Close()
			os.Remove(tmp)
		}
	}()
	if _, err := f.Write(n.encode()); err != nil {
		return fmt.Errorf("nn: Save: %w", err)
	}
	if err := f.Sync(); err != nil {
		return fmt.Errorf("nn: Save: %w", err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("nn: Save: %w", err)
	}
	if err := os.Rename(tmp, path); err != nil {
		return fmt.Errorf("nn: Save: %w", err)
	}
	return nil
}

// Load reads a network saved by Save. Its errors name the file and what is
// wrong with it (truncated, corrupted, another format version).
func Load(path string) (*Network, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("nn: Load: %w", err)
	}
	n, err := decodeNetwork(data)
	if err != nil {
		return nil, fmt.Errorf("nn: Load: %s: %w", path, err)
	}
	return n, nil
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
	}
	if err := checkSizes(sizes); err != nil {
		return nil, fmt.Errorf("corrupted: %w", err)
	}
	for i := 1; i < len(sizes); i++ {
		params += sizes[i-1]*sizes[i] + sizes[i]
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
	n := &Network{}
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
