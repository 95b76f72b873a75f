#!/usr/bin/python3
"""The three speed workloads of issue 7 in numpy and scikit-learn.

Run with Debian's Python (apt-get install python3-numpy python3-sklearn):

    /usr/bin/python3 scripts/bench_numpy.py [path/to/digits.csv.gz]

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


def digits_seed(Xtr, Xte, ytr, yte):
    rng = np.random.default_rng(0)
    sizes = [64, 30, 10]
    W = [rng.random((sizes[l + 1], sizes[l])) for l in range(2)]
    b = [rng.random(sizes[l + 1]) for l in range(2)]
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
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "..", "data", "digits.csv.gz")
    Xtr, Xte, ytr, yte = split(*load_digits(path))
    out = {
        "python": platform.python_version(),
        "numpy": np.__version__,
        "sklearn": sklearn.__version__,
        "forward_one": forward_one(),
        "digits_seed": digits_seed(Xtr, Xte, ytr, yte),
        "digits_best": digits_best(Xtr, Xte, ytr, yte),
    }
    json.dump(out, sys.stdout, indent=1)
    print()


if __name__ == "__main__":
    main()
