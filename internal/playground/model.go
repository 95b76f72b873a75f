package playground

// This file holds every call into pkg/nn, so that a change of its API is a
// change of this file only.

import (
	"fmt"
	"math/rand/v2"

	"github.com/neurons-in-go/course/pkg/nn"
	"gonum.org/v1/gonum/mat"
)

// model is a network with its training and test sets as pkg/nn wants them.
type model struct {
	net          *nn.Network
	cfg          nn.TrainConfig
	X, Y         *mat.Dense
	testX        *mat.Dense
	grid         *mat.Dense // the points of the decision boundary
	binary       bool       // one sigmoid output for two classes
	trainLabels  []int
	testLabels   []int
	trainSamples int
}

var activations = map[string]nn.Activation{
	"sigmoid": nn.Sigmoid, "tanh": nn.Tanh, "relu": nn.ReLU, "leakyrelu": nn.LeakyReLU, "identity": nn.Identity,
}

// newModel builds the network s describes for the data and the training
// configuration (without Epochs and OnEpoch, which train sets).
func newModel(s Settings, train, test Dataset) (*model, error) {
	hidden, ok := activations[s.Activation]
	if !ok {
		return nil, fmt.Errorf("activation %q: choose one of sigmoid, tanh, relu, leakyrelu, identity", s.Activation)
	}
	binary := train.Classes == 2
	outputs := train.Classes
	output := nn.Softmax
	switch {
	case s.Loss == "linear":
		output = nn.Identity
	case binary || s.Loss == "mse":
		output = nn.Sigmoid
	}
	if binary {
		outputs = 1
	}
	init := nn.InitXavier
	if s.Activation == "relu" || s.Activation == "leakyrelu" {
		init = nn.InitHe
	}
	sizes := append(append([]int{train.Dim}, s.Hidden...), outputs)
	net, err := nn.New(nn.Config{Sizes: sizes, Hidden: hidden, Output: output, Init: init}, rand.New(rand.NewPCG(s.Seed, 3)))
	if err != nil {
		return nil, err
	}
	var opt nn.Optimizer
	switch s.Optimizer {
	case "sgd":
		opt = nn.SGD(s.Rate)
	case "momentum":
		opt = nn.Momentum(s.Rate, 0.9)
	case "adam":
		opt = nn.Adam(s.Rate)
	default:
		return nil, fmt.Errorf("optimizer %q: choose sgd, momentum or adam", s.Optimizer)
	}
	loss := nn.MSE
	if s.Loss == "ce" {
		loss = nn.CrossEntropy
	}
	m := &model{
		net: net, binary: binary,
		trainLabels: train.Labels, testLabels: test.Labels, trainSamples: train.Len(),
	}
	if m.X, m.Y, err = matrices(train, binary); err != nil {
		return nil, err
	}
	var testY *mat.Dense
	if test.Len() > 0 {
		if m.testX, testY, err = matrices(test, binary); err != nil {
			return nil, err
		}
	}
	m.cfg = nn.TrainConfig{
		BatchSize: s.Batch, Optimizer: opt, Loss: loss, L2: s.L2,
		TestX: m.testX, TestY: testY, Rand: rand.New(rand.NewPCG(s.Seed, 4)),
	}
	return m, nil
}

// matrices turns a data set into pkg/nn's inputs and targets: one column of
// 0/1 for two classes, one-hot rows otherwise.
func matrices(d Dataset, binary bool) (X, Y *mat.Dense, err error) {
	if d.Len() == 0 {
		return nil, nil, fmt.Errorf("the data set is empty")
	}
	X = mat.NewDense(d.Len(), d.Dim, d.X)
	if binary {
		y := make([]float64, d.Len())
		for i, l := range d.Labels {
			y[i] = float64(l)
		}
		return X, mat.NewDense(d.Len(), 1, y), nil
	}
	Y, err = nn.OneHot(d.Labels, d.Classes)
	return X, Y, err
}

// epochStats is what one epoch of training measured.
type epochStats struct {
	Loss, Acc, TestLoss, TestAcc float64
}

// train runs up to epochs epochs, calling onEpoch after each (a non-nil
// error other than errStop ends training with that error; errStop ends it
// quietly). Errors of pkg/nn (NaN or an infinite loss) name the epoch
// counted within this call; first, the number of epochs before it, makes
// them name the epoch of the whole run.
func (m *model) train(first, epochs int, onEpoch func(epochStats) error) error {
	cfg := m.cfg
	cfg.Epochs = epochs
	cfg.OnEpoch = func(epoch int, h nn.History) error {
		i := epoch - 1 // epochs count from 1, the history's slices from 0
		s := epochStats{Loss: h.TrainLoss[i], Acc: h.TrainAccuracy[i]}
		if len(h.TestLoss) > i {
			s.TestLoss, s.TestAcc = h.TestLoss[i], h.TestAccuracy[i]
		}
		if err := onEpoch(s); err != nil {
			if err == errStop {
				return nn.ErrStop
			}
			return err
		}
		return nil
	}
	h, err := nn.Train(m.net, m.X, m.Y, cfg)
	if err != nil {
		// pkg/nn's message names the epoch within this call; the page
		// counts the epochs of the whole run. Both count from 1.
		return fmt.Errorf("training stopped in epoch %d (pkg/nn numbers the epochs of each call: %w)", first+h.Epochs(), err)
	}
	return nil
}

// probabilities returns the network's output for every point of points
// (x, y pairs) in one batch: the probability of class 1 (for a linear
// output, a number to compare with 0.5).
func (m *model) probabilities(points []float64) ([]float64, error) {
	if m.grid == nil || m.grid.RawMatrix().Rows != len(points)/2 {
		m.grid = mat.NewDense(len(points)/2, 2, points)
	}
	out, err := m.net.ForwardBatch(m.grid)
	if err != nil {
		return nil, err
	}
	return out.RawMatrix().Data, nil
}

// predictTest returns the predicted class of every test sample.
func (m *model) predictTest() ([]int, error) {
	if m.testX == nil {
		return nil, nil
	}
	return m.net.Predict(m.testX)
}

// confusion counts, for each true class (row), the predicted classes.
func confusion(predicted, labels []int, k int) ([][]int, error) {
	return nn.ConfusionMatrix(predicted, labels, k)
}
