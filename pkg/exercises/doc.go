// Package exercises checks the answers to the exercises at the end of each lesson of the course
// "Neurons in Go".
//
// Every exercise has a starter cell, where the student writes a function or computes a value,
// and a check cell that passes the answer to this package:
//
//	exercises.Check2_2(switchAt)
//
// The check is the cell's last expression, so the notebook shows its Result: either
//
//	Exercise 2.2: correct
//	<a line on what the answer shows>
//
// or
//
//	Exercise 2.2: not yet — <a hint that helps without giving the answer away>
//
// A check computes its reference itself (with pkg/nn or from first principles) and compares with
// a tolerance; it recognises the typical wrong answers (a flipped sign, a forgotten bias, the
// training set used as the test set) and says which one it sees. A check never panics and never
// lets a student's panic through: an unfinished starter, a NaN, a nil or a wrongly shaped answer
// all become a "not yet" with a hint, so Run All works on a fresh notebook.
//
// The checks of lesson N live in lessonN.go, one exported function per exercise, named CheckN_K.
package exercises
