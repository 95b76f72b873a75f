// Package nn is a small neural-network library for the course.
package nn
