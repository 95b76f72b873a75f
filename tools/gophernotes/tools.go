//go:build tools

// Package tools pins the gophernotes kernel and its interpreter for scripts/kernel.sh.
package tools

import _ "github.com/gopherdata/gophernotes"
