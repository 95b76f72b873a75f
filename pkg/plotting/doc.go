// Package plotting draws the course's charts with gonum/plot.
package plotting
