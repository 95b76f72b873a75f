#!/usr/bin/python3
"""The three speed workloads of issue 7 in numpy and scikit-learn.

Run with Debian's Python (apt-get install python3-numpy python3-sklearn):

    /usr/bin/python3 scripts/bench_numpy.py [--digits digits.csv.gz]
        [--split train.csv test.csv] [--init init.json]

By default it scales data/digits.csv.gz and splits it 60/40 itself. With
--split it uses two CSV files (features then label on each row, already
scaled), and with --init it starts the seed recipe from the given weights
(JSON {"W": [W1, W2], "b": [b1, b2]}, W as out×in): that is how cmd/nnbench
makes numpy train the very network pkg/nn trains, on the same samples.

It prints one JSON object; cmd/nnbench reads it and sets it beside the Go
benchmarks. The workloads follow the seed article (seeds/002):
  forward_one  forward pass of a 100-100-50-10 sigmoid network on one vector,
               the article's vectorised code (W.dot(h) + b), best of timeit;
  digits_seed  StandardScaler, 60/40 split, 64-30-10 sigmoid, uniform [0,1)
               weights and biases, 3000 full-batch steps at 0.25 on the mean
               squared error against one-hot targets (the article's
               algorithm, vectorised over the batch), then test accuracy;
  digits_best  MLPClassifier(hidden_layer_sizes=(100,)) on the same split.
Times are seconds of wall clock, accuracies fractions of the test set.
"""

import argparse
import gzip
import json
import os
import platform
import sys
import time
import timeit

import numpy as np
import sklearn
from sklearn.model_selection import train_test_split
from sklearn.neural_network import MLPClassifier
from sklearn.preprocessing import StandardScaler


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def forward_one():
    rng = np.random.default_rng(1)
    sizes = [100, 100, 50, 10]
    W = [rng.random((sizes[l + 1], sizes[l])) for l in range(3)]
    b = [rng.random(sizes[l + 1]) for l in range(3)]
    x = rng.random(100)

    def forward():
        h = x
        for l in range(3):
            h = sigmoid(W[l].dot(h) + b[l])
        return h

    number = 20000
    best = min(timeit.repeat(forward, number=number, repeat=5)) / number
    return {"seconds": best}


def load_digits(path):
    with gzip.open(path, "rt") as f:
        data = np.loadtxt(f, delimiter=",")
    return data[:, :-1], data[:, -1].astype(int)


def split(X, y):
    X = StandardScaler().fit_transform(X)  # as in the article: scaled before the split
    return train_test_split(X, y, test_size=0.4, random_state=0)


def digits_seed(Xtr, Xte, ytr, yte, init=None):
    rng = np.random.default_rng(0)
    sizes = [64, 30, 10]
    W = [rng.random((sizes[l + 1], sizes[l])) for l in range(2)]
    b = [rng.random(sizes[l + 1]) for l in range(2)]
    if init is not None:
        W = [np.array(w, dtype=float) for w in init["W"]]
        b = [np.array(v, dtype=float) for v in init["b"]]
        assert [w.shape for w in W] == [(30, 64), (10, 30)], "init: want W1 30×64 and W2 10×30"
    Y = np.eye(10)[ytr]
    m = len(ytr)
    alpha = 0.25
    start = time.perf_counter()
    for _ in range(3000):
        h0 = Xtr
        z1 = h0 @ W[0].T + b[0]
        h1 = sigmoid(z1)
        z2 = h1 @ W[1].T + b[1]
        h2 = sigmoid(z2)
        d2 = -(Y - h2) * h2 * (1 - h2)
        d1 = (d2 @ W[1]) * h1 * (1 - h1)
        W[1] -= alpha / m * (d2.T @ h1)
        b[1] -= alpha / m * d2.sum(axis=0)
        W[0] -= alpha / m * (d1.T @ h0)
        b[0] -= alpha / m * d1.sum(axis=0)
    h = Xte
    for l in range(2):
        h = sigmoid(h @ W[l].T + b[l])
    seconds = time.perf_counter() - start
    acc = float(np.mean(np.argmax(h, axis=1) == yte))
    return {"seconds": seconds, "accuracy": acc}


def digits_best(Xtr, Xte, ytr, yte):
    start = time.perf_counter()
    clf = MLPClassifier(hidden_layer_sizes=(100,), random_state=0)
    clf.fit(Xtr, ytr)
    acc = float(clf.score(Xte, yte))
    seconds = time.perf_counter() - start
    return {"seconds": seconds, "accuracy": acc}


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--digits", default=os.path.join(here, "..", "data", "digits.csv.gz"))
    ap.add_argument("--split", nargs=2, metavar=("TRAIN", "TEST"))
    ap.add_argument("--init")
    args = ap.parse_args()
    if args.split:
        train = np.loadtxt(args.split[0], delimiter=",")
        test = np.loadtxt(args.split[1], delimiter=",")
        Xtr, ytr = train[:, :-1], train[:, -1].astype(int)
        Xte, yte = test[:, :-1], test[:, -1].astype(int)
        split_from = "given"
    else:
        Xtr, Xte, ytr, yte = split(*load_digits(args.digits))
        split_from = "sklearn train_test_split(random_state=0)"
    init = None
    if args.init:
        with open(args.init) as f:
            init = json.load(f)
    out = {
        "python": platform.python_version(),
        "numpy": np.__version__,
        "sklearn": sklearn.__version__,
        "split": split_from,
        "train": len(ytr),
        "test": len(yte),
        "forward_one": forward_one(),
        "digits_seed": digits_seed(Xtr, Xte, ytr, yte, init),
        "init": "given" if init else "numpy default_rng(0)",
        "digits_best": digits_best(Xtr, Xte, ytr, yte),
    }
    json.dump(out, sys.stdout, indent=1)
    print()


if __name__ == "__main__":
    main()
