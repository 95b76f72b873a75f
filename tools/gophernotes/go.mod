// The Go kernel for Jupyter, pinned. scripts/kernel.sh vendors these modules, applies
// our patches from ./patches and builds bin/gophernotes. See shared notes in README.md.
module github.com/neurons-in-go/course/tools/gophernotes

go 1.26

// gomacro's type converter cannot handle types.Alias yet.
godebug gotypesalias=0

require github.com/gopherdata/gophernotes v0.7.5

require (
	github.com/cosmos72/gomacro v0.0.0-20240506194242-2ff796e3da10 // indirect
	github.com/go-zeromq/goczmq/v4 v4.2.2 // indirect
	github.com/go-zeromq/zmq4 v0.14.1 // indirect
	github.com/gofrs/uuid v4.2.0+incompatible // indirect
	github.com/mattn/go-runewidth v0.0.15 // indirect
	github.com/peterh/liner v1.2.2 // indirect
	github.com/rivo/uniseg v0.2.0 // indirect
	golang.org/x/mod v0.30.0 // indirect
	golang.org/x/sync v0.18.0 // indirect
	golang.org/x/sys v0.38.0 // indirect
	golang.org/x/tools v0.39.0 // indirect
)
