package nn

import (
	"errors"
	"os"
	"os/signal"
)

// ErrInterrupted is wrapped by the error Train returns when the process was
// interrupted (os.Interrupt) while it trained.
var ErrInterrupted = errors.New("nn: interrupted")

// Train is a long call into compiled code: with Epochs: 1 << 40 it would run
// for days, and a notebook kernel can stop only its own interpreted code (the
// Go kernel of the course checks for an interrupt between the statements of a
// cell, never inside a compiled function). So Train itself listens for
// os.Interrupt, the signal a user sends to stop a program: Ctrl+C in a
// terminal, the ■ button of Jupyter, which the course's kernel receives as
// SIGINT (and raises on itself for an interrupt_request). It stops at the end
// of the epoch in which the signal arrived and returns the history so far with
// an error wrapping ErrInterrupted.
//
// Why a signal and not a context.Context in TrainConfig or an OnEpoch callback
// written in the cell: both need the student to write something in every cell
// that trains, and a forgotten one is exactly the cell that cannot be stopped.
// A signal needs nothing from the caller, and nn imports nothing of the
// kernel. Train listens only while it runs (signal.Notify, then signal.Stop),
// so the rest of a program keeps Go's default for Ctrl+C; a program that trains
// sees Train return the error instead of dying at once.

// interruptWatch reports whether os.Interrupt arrived since it started.
type interruptWatch struct{ c chan os.Signal }

// watchInterrupt starts listening for os.Interrupt; call stop when done.
func watchInterrupt() interruptWatch {
	w := interruptWatch{make(chan os.Signal, 1)}
	signal.Notify(w.c, os.Interrupt)
	return w
}

// interrupted says whether os.Interrupt arrived since watchInterrupt.
func (w interruptWatch) interrupted() bool {
	select {
	case <-w.c:
		return true
	default:
		return false
	}
}

// stop stops listening.
func (w interruptWatch) stop() { signal.Stop(w.c) }
