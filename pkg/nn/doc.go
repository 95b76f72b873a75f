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
// Z = X·W + B) and B, and after a pass its Z, A = f(Z), and after Backprop
// its Delta = ∂L/∂Z, GradW and GradB, which the lessons print and plot.
// Activations (Sigmoid, Identity, Step, Tanh, ReLU, LeakyReLU, Softmax) can
// be evaluated on a single number, e.g. nn.Sigmoid.F(0) and
// nn.Sigmoid.Deriv(3).
//
// Forward runs one sample; ForwardBatch and Predict run a matrix of samples.
// Backprop fills the gradients for a batch, written as the chain rule of the
// lesson; Step takes one gradient-descent step for lessons that write their
// own loop.
//
// # Training
//
// Train fits a network in one call:
//
//	h, err := nn.Train(net, X, Y, nn.TrainConfig{Epochs: 3000, Optimizer: nn.SGD(0.25)})
//
// TrainConfig chooses the Loss (MSE, the half mean squared error, or
// CrossEntropy fused with a Softmax or Sigmoid output), full-batch or
// minibatch steps, the Optimizer (SGD, Momentum, Adam), a learning-rate
// Schedule (StepDecay, ExpDecay), L2 and L1 penalties, gradient clipping, a
// test set, and an OnEpoch callback for progress and early stopping (ErrStop).
// The returned History holds loss and accuracy per epoch, with the field
// names of plotting.Run. Training stops with an error naming the epoch when
// the loss or a weight becomes NaN or infinite. The optimiser's memory and
// the minibatch buffers belong to the run (train.go), not to the network.
//
// # Data and models
//
// LoadDigits reads the course's 8×8 digits (checking the file's sha256),
// ReadCSV any file of numbers; StandardScaler, TrainTestSplit, OneHot,
// Accuracy and ConfusionMatrix prepare data and measure results. Save and
// Load store a trained network in a versioned, checksummed file, written
// atomically; Save refuses a network that Load would reject.
//
// # Errors and randomness
//
// Everything a user can get wrong returns an error that says what and where,
// prefixed with the function ("nn: Train: epoch 7: ..."): shapes, empty
// data, labels out of range, non-positive sizes or learning rates, NaN
// inputs, and a Network whose fields were edited into something that does
// not fit (a nil or empty Network, a W or B whose shape disagrees with In,
// Out or the neighbouring layer, an unknown Activation, a NaN or infinite
// weight, which Forward, Predict, Loss, Backprop, Train and Save name by
// layer and index). Nothing in the package panics on bad input; the only
// panics are internal errors of the kernels (see kernels.go), which would
// be bugs in this package. Every random choice takes an explicit *rand.Rand
// from math/rand/v2, so a seed reproduces a run exactly.
//
// # Speed
//
// All the arithmetic of a batch goes through the named operations of
// kernels.go (three matrix products, a column sum, the bias and activation
// pass, the sigmoid and Adam loops), the only code that calls the assembly
// of internal/gemm; a training step does not allocate once warm (see
// BenchmarkTrainStep).
package nn
