#!/usr/bin/python3
"""numpy's side of cmd/nnbench's growth table (issue 17).

Run by cmd/nnbench with Debian's Python (apt-get install python3-numpy;
python3-threadpoolctl names the OpenBLAS kernel):

    /usr/bin/python3 scripts/bench_growth.py --spec spec.json

spec.json is {"steps": [{"sizes": [784, 100, 10], "batch": 128}, ...],
"squares": [256, 512, ...], "repeat": 3}. For each step it times one
training step of a ReLU/softmax network on a batch of uniform [0, 1)
inputs with one-hot targets, the algorithm of pkg/nn's Step with
cross-entropy (forward, loss, backward, W -= lr·gradient), as numpy code
would write it; then one epoch of minibatch SGD, 784-100-10, batches of
128 on 60000 samples shuffled each epoch (X[idx] gathers a batch), as
pkg/nn's BenchmarkMNISTEpoch; then A @ B for square n×n matrices in
GFLOP/s. Each time is the median of `repeat` measurements (a step is
timed over enough calls to last about 0.2 s). It prints one JSON object.
"""

import argparse
import json
import platform
import statistics
import sys
import time

import numpy as np


def blas_info():
    """Which BLAS numpy calls and which kernel it chose."""
    try:
        from threadpoolctl import threadpool_info
    except ImportError:
        cfg = np.__config__
        libs = []
        for name in ("blas_opt_info", "blas_ilp64_opt_info"):
            info = getattr(cfg, name, None) or {}
            libs += info.get("libraries", []) if isinstance(info, dict) else []
        return "%s (kernel unknown: install python3-threadpoolctl)" % ",".join(libs or ["unknown BLAS"])
    for lib in threadpool_info():
        if lib.get("user_api") == "blas":
            return "%s %s, %s kernel, %s threads" % (
                lib.get("internal_api"), lib.get("version"), lib.get("architecture"), lib.get("num_threads"))
    return "no BLAS found by threadpoolctl"


class Net:
    """A ReLU/softmax network, W[l] in×out as pkg/nn stores it."""

    def __init__(self, sizes, rng):
        self.W = [rng.standard_normal((sizes[l], sizes[l + 1])) * np.sqrt(2 / sizes[l])
                  for l in range(len(sizes) - 1)]
        self.b = [np.zeros(sizes[l + 1]) for l in range(len(sizes) - 1)]

    def step(self, X, Y, lr):
        """One step of gradient descent on the mean cross-entropy; returns
        the loss and the number of rows whose largest output is the target."""
        A, Z = [X], []
        last = len(self.W) - 1
        for l, (W, b) in enumerate(zip(self.W, self.b)):
            z = A[-1] @ W + b
            Z.append(z)
            if l < last:
                A.append(np.maximum(z, 0))
            else:
                e = np.exp(z - z.max(axis=1, keepdims=True))
                A.append(e / e.sum(axis=1, keepdims=True))
        P = A[-1]
        n = X.shape[0]
        loss = -np.sum(Y * np.log(P + 1e-300)) / n
        correct = int(np.sum(P.argmax(axis=1) == Y.argmax(axis=1)))
        delta = (P - Y) / n
        for l in range(last, -1, -1):
            gW = A[l].T @ delta
            gb = delta.sum(axis=0)
            if l > 0:
                delta = (delta @ self.W[l].T) * (Z[l - 1] > 0)
            self.W[l] -= lr * gW
            self.b[l] -= lr * gb
        return loss, correct


def one_hot(rng, rows, classes):
    Y = np.zeros((rows, classes))
    Y[np.arange(rows), rng.integers(0, classes, rows)] = 1
    return Y


def time_calls(f, repeat):
    """Median over repeat runs of the seconds per call of f, each run long
    enough (about 0.2 s) to time."""
    f()
    number = 1
    while True:
        t = time.perf_counter()
        for _ in range(number):
            f()
        if time.perf_counter() - t >= 0.05:
            break
        number *= 4
    t = time.perf_counter()
    for _ in range(number):
        f()
    per = (time.perf_counter() - t) / number
    number = max(1, int(0.2 / per))
    runs = []
    for _ in range(repeat):
        t = time.perf_counter()
        for _ in range(number):
            f()
        runs.append((time.perf_counter() - t) / number)
    return statistics.median(runs)


def step_seconds(sizes, batch, repeat):
    rng = np.random.default_rng(17)
    net = Net(sizes, rng)
    X = rng.random((batch, sizes[0]))
    Y = one_hot(rng, batch, sizes[-1])
    return time_calls(lambda: net.step(X, Y, 0.05), repeat)


def mnist_epoch(repeat):
    rng = np.random.default_rng(60000)
    n, d = 60000, 784
    X = rng.random((n, d))
    Y = one_hot(rng, n, 10)
    net = Net([784, 100, 10], rng)

    def epoch():
        order = rng.permutation(n)
        for lo in range(0, n, 128):
            idx = order[lo:lo + 128]
            net.step(X[idx], Y[idx], 0.05)

    epoch()  # warm
    runs = []
    for _ in range(repeat):
        t = time.perf_counter()
        epoch()
        runs.append(time.perf_counter() - t)
    return statistics.median(runs)


def square_gflops(n, repeat):
    rng = np.random.default_rng(n)
    A, B = rng.random((n, n)), rng.random((n, n))
    C = np.empty((n, n))
    s = time_calls(lambda: np.matmul(A, B, out=C), repeat)
    return 2 * n ** 3 / s / 1e9


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--spec", required=True)
    args = ap.parse_args()
    with open(args.spec) as f:
        spec = json.load(f)
    repeat = int(spec.get("repeat", 3))
    out = {
        "python": platform.python_version(),
        "numpy": np.__version__,
        "blas": blas_info(),
        "steps": [step_seconds(s["sizes"], s["batch"], repeat) for s in spec["steps"]],
        "mnist_epoch": mnist_epoch(repeat),
        "squares": [square_gflops(n, repeat) for n in spec["squares"]],
    }
    json.dump(out, sys.stdout, indent=1)
    print()


if __name__ == "__main__":
    main()
