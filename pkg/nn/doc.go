// Package nn is the small neural-network library of the course "Neurons in
// Go". Every lesson builds an idea from scratch and then uses this package for
// the real work, so its code is meant to be read as part of the lesson.
//
// # From one neuron to a network
//
// The early lessons use the classic models, each in its own file:
//
//   - circuit.go: Value, a number with a gradient. Add, Mul, Sigmoid and a few
//     more build a circuit; Backward pushes gradients back through it by the
//     chain rule (the Karpathy lesson: σ(ax+by+c) at a=1, b=2, c=−3, x=−1,
//     y=3 gives 0.8808).
//   - linear.go: linear regression, by least squares (FitLeastSquares) and by
//     gradient descent (FitLinearGD), giving the same answer.
//   - perceptron.go: the perceptron learning rule (Perceptron).
//   - descent.go: gradient descent on a function of one or two variables
//     (Descend1D, Descend2D), recording the path it takes.
//   - gradcheck.go: NumericalGradient, central differences for any function,
//     and GradCheck, which compares backpropagation with them.
//
// # Networks
//
// A Network is a stack of dense layers built from a plain Config, whose zero
// values are the articles' choices (sigmoid activations, weights uniform in
// [0, 1)):
//
//	net, err := nn.New(nn.Config{Sizes: []int{64, 30, 10}}, rand.New(rand.NewPCG(1, 0)))
//
// Each Layer holds W (In×Out, so a batch X with one sample per row computes
// Z = X·W + B) and B, and after a pass Z, A = f(Z), Delta = ∂L/∂Z, GradW and
// GradB, which the lessons print and plot. Activations (Sigmoid, Identity,
// Step, Tanh, ReLU, LeakyReLU, Softmax) work on single numbers too:
// nn.Sigmoid.F(0), nn.Sigmoid.Deriv(3). Forward runs one sample, ForwardBatch
// and Predict a matrix of them; Backprop fills the gradients by the chain
// rule of the lesson; Step takes one gradient-descent step.
//
// # Training
//
//	h, err := nn.Train(net, X, Y, nn.TrainConfig{Epochs: 3000, Optimizer: nn.SGD(0.25)})
//
// TrainConfig chooses the Loss (MSE, or CrossEntropy with a Softmax or
// Sigmoid output), full-batch or minibatch steps, the Optimizer (SGD,
// Momentum, Adam), a Schedule (StepDecay, ExpDecay), L2 and L1 penalties,
// clipping, a held-out set (TestX and TestY, named "test" or, with
// TestName, "validation"), and an OnEpoch callback (ErrStop ends early).
// Epochs count from 1 in OnEpoch, in errors and in History.Epochs; the
// History has plotting.Run's field names. Train stops with ErrInterrupted
// when the process gets os.Interrupt (Ctrl+C, Jupyter's ■ button), so a
// cell that trains too long can be stopped without restarting the kernel
// (interrupt.go says why a signal). The optimiser's memory and the
// minibatch buffers belong to the run (train.go), not to the network.
//
// # Data and models
//
// LoadDigits and ReadCSV read data; StandardScaler, TrainTestSplit, OneHot,
// ShiftImages, Accuracy and ConfusionMatrix prepare it and measure results.
// Save and Load store a network in a versioned, checksummed file, written
// atomically; Save refuses what Load would reject.
//
// # Errors and randomness
//
// Everything a user can get wrong returns an error that says what and where
// ("nn: Train: epoch 7: ..."): shapes, empty data, NaN inputs, bad settings,
// and a Network edited by hand into one that does not fit (nil or empty, a W
// or B whose shape disagrees with In, Out or the layer before, an unknown
// Activation, a Softmax of one neuron, the same *Layer in two places, a NaN
// or infinite weight, named by layer and index), also when OnEpoch edits
// it during training. Nothing
// panics on bad input; a panic from kernels.go is a bug in this package.
// Every random choice takes an explicit *rand.Rand, so a seed reproduces a
// run exactly.
//
// # Speed
//
// The lesson code (network.go, loss.go, activation.go, optimizer.go,
// train.go) does its arithmetic through the named operations of kernels.go,
// the only code that calls the assembly of internal/gemm (the matrix
// products) and internal/vec (the element-wise kernels) and the only place
// written for speed (fused passes, a branch-free ReLU derivative, a fast
// scan for NaN); a reader of the lessons can skip it. reference_test.go is
// the same network as plain loops in the articles' notation; every
// optimised path must match it, with and without -tags purego. Forward and
// a warm training step do not allocate. docs/performance.md records what
// each piece of speed machinery was measured to gain.
package nn
