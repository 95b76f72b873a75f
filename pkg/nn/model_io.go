package nn

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math"
	"os"
	"path/filepath"
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
// Save writes a temporary file beside the model, named after it with
// ".tmp" added, and renames it over the model, so a crash never leaves a
// half-written model. When path is a symbolic link, Save writes through it:
// the file the link points to gets the new model (it is created if it does
// not exist yet) and the link stays a link. On every error Save removes the
// temporary file; if the process is killed while writing, it stays behind
// and the next Save to the same model replaces it. Two Saves to the same
// model at the same time are not supported: they share that file.
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
	target, err := resolveLinks(path)
	if err != nil {
		return fmt.Errorf("nn: Save: %w", err)
	}
	tmp := target + ".tmp"
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
	if err := os.Rename(tmp, target); err != nil {
		return fmt.Errorf("nn: Save: %w", err)
	}
	return nil
}

// maxLinks is the longest chain of symbolic links Save follows.
const maxLinks = 40

// resolveLinks follows path while it is a symbolic link and returns the
// path of the file it ends at, which need not exist yet.
func resolveLinks(path string) (string, error) {
	for range maxLinks {
		fi, err := os.Lstat(path)
		if errors.Is(err, fs.ErrNotExist) {
			return path, nil
		}
		if err != nil {
			return "", err
		}
		if fi.Mode()&fs.ModeSymlink == 0 {
			return path, nil
		}
		dest, err := os.Readlink(path)
		if err != nil {
			return "", err
		}
		if !filepath.IsAbs(dest) {
			dest = filepath.Join(filepath.Dir(path), dest)
		}
		path = dest
	}
	return "", fmt.Errorf("%s: more than %d symbolic links in a row", path, maxLinks)
}

// Load reads a network saved by Save. Its errors name the file and what is
// wrong with it (truncated, corrupted, another format version). It reads no
// more than the header says the file holds, plus one byte to tell that the
// file is longer, so a file that never ends (/dev/zero) is an error, not a
// hang.
func Load(path string) (*Network, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("nn: Load: %w", err)
	}
	defer f.Close()
	data, err := readModel(f)
	if err == nil {
		var n *Network
		if n, err = decodeNetwork(data); err == nil {
			return n, nil
		}
	}
	return nil, fmt.Errorf("nn: Load: %s: %w", path, err)
}

// readModel reads one model file from r: the header first, then as many
// bytes as the header says the rest holds, and one more to tell whether
// the file goes on. The buffer grows only as data arrives, so a header
// that promises more than the file holds costs no more memory than the
// file.
func readModel(r io.Reader) ([]byte, error) {
	var buf bytes.Buffer
	need := headerSize
	for {
		k, err := io.CopyN(&buf, r, int64(need-buf.Len()))
		if err == io.EOF {
			return buf.Bytes(), nil // decodeNetwork says what is missing
		}
		if err != nil {
			return nil, err
		}
		if k == 0 {
			return buf.Bytes(), nil
		}
		h, err := parseHeader(buf.Bytes())
		if err != nil {
			return nil, err
		}
		switch {
		case h.fileSize == 0:
			need = h.headerSize
		case h.fileSize > buf.Len():
			need = h.fileSize
		default:
			// The whole file, if it ends here; one byte more makes
			// decodeNetwork report a file that is too long.
			_, err := io.CopyN(&buf, r, 1)
			if err != nil && err != io.EOF {
				return nil, err
			}
			return buf.Bytes(), nil
		}
	}
}

// headerSize is the size of the fixed start of a model file: magic,
// version and the number of layers.
const headerSize = len(modelMagic) + 8

// modelHeader is what the start of a model file says about the rest.
type modelHeader struct {
	sizes      []int        // neurons per layer, inputs first (nil until read)
	acts       []Activation // each layer's activation (nil until read)
	headerSize int          // bytes up to the first weight
	fileSize   int          // bytes of the whole file, checksum included (0 until known)
}

// parseHeader reads the header at the start of data. When data ends inside
// it, the result has only the sizes known so far: headerSize says how many
// bytes the header needs, and fileSize is 0 until the sizes are read.
func parseHeader(data []byte) (modelHeader, error) {
	h := modelHeader{headerSize: headerSize}
	if len(data) < headerSize {
		return h, nil
	}
	if string(data[:len(modelMagic)]) != modelMagic {
		return h, errors.New("not a model file (wrong magic bytes)")
	}
	le := binary.LittleEndian
	if v := le.Uint32(data[8:]); v != modelVersion {
		return h, fmt.Errorf("format version %d, this library reads version %d", v, modelVersion)
	}
	L := int(le.Uint32(data[12:]))
	if L < 1 || L > maxLayers {
		return h, fmt.Errorf("corrupted: %d layers", L)
	}
	h.headerSize = headerSize + 4*(L+1) + L
	if len(data) < h.headerSize {
		return h, nil
	}
	p := headerSize
	sizes := make([]int, L+1)
	for i := range sizes {
		sizes[i] = int(le.Uint32(data[p:]))
		p += 4
	}
	if err := checkSizes(sizes); err != nil {
		return h, fmt.Errorf("corrupted: %w", err)
	}
	params := 0
	for i := 1; i < len(sizes); i++ {
		params += sizes[i-1]*sizes[i] + sizes[i]
	}
	acts := make([]Activation, L)
	for i := range acts {
		acts[i] = Activation(data[p])
		p++
		l := Layer{In: sizes[i], Out: sizes[i+1], Activation: acts[i]}
		if err := l.checkShape(); err != nil {
			return h, fmt.Errorf("corrupted: layer %d %w", i, err)
		}
	}
	h.sizes, h.acts = sizes, acts
	h.fileSize = h.headerSize + 8*params + sha256.Size
	return h, nil
}

func decodeNetwork(data []byte) (*Network, error) {
	h, err := parseHeader(data)
	if err != nil {
		return nil, err
	}
	switch {
	case len(data) < headerSize:
		return nil, fmt.Errorf("truncated: %d bytes, a model file has at least %d", len(data), headerSize+sha256.Size)
	case h.fileSize == 0:
		return nil, fmt.Errorf("truncated: %d bytes, the header alone needs %d", len(data), h.headerSize)
	case len(data) < h.fileSize:
		return nil, fmt.Errorf("truncated: %d bytes, sizes %v need %d", len(data), h.sizes, h.fileSize)
	case len(data) > h.fileSize:
		return nil, fmt.Errorf("corrupted: longer than the %d bytes that sizes %v need", h.fileSize, h.sizes)
	}
	sum := sha256.Sum256(data[:h.fileSize-sha256.Size])
	if !bytes.Equal(sum[:], data[h.fileSize-sha256.Size:]) {
		return nil, errors.New("corrupted: checksum mismatch")
	}
	le := binary.LittleEndian
	p := h.headerSize
	n := &Network{}
	for i, f := range h.acts {
		l := emptyLayer(h.sizes[i], h.sizes[i+1], f)
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
