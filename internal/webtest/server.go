package webtest

import (
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"
	"sync"
	"time"
)

// Server serves the files of one folder over HTTP on 127.0.0.1, on a port the system picks.
// It answers as any static host would: index.html for a folder, 404 for a missing file, and
// Content-Type from the file name (application/wasm for .wasm).
type Server struct {
	// URL is the server's address without a trailing slash, such as "http://127.0.0.1:40123".
	URL string

	srv   *http.Server
	done  chan error
	once  sync.Once
	error error
}

// Serve starts a Server over dir. It returns an error when dir is not a folder or when no
// loopback port can be opened. Close stops it.
func Serve(dir string) (*Server, error) {
	info, err := os.Stat(dir)
	if err != nil {
		return nil, fmt.Errorf("webtest: serve %s: %w", dir, err)
	}
	if !info.IsDir() {
		return nil, fmt.Errorf("webtest: serve %s: not a folder", dir)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, fmt.Errorf("webtest: listen on the loopback interface: %w", err)
	}
	files := http.FileServer(http.Dir(dir))
	s := &Server{
		URL: "http://" + ln.Addr().String(),
		srv: &http.Server{
			// Every response is fresh, so a check after a rebuild never sees an old file.
			Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				w.Header().Set("Cache-Control", "no-store")
				files.ServeHTTP(w, r)
			}),
			// Only ends a connection that never sends its request. A browser may open a
			// connection ahead of its request, and a loaded machine can stall it for half a
			// minute: minutes, not seconds.
			ReadHeaderTimeout: 5 * time.Minute,
		},
		done: make(chan error, 1),
	}
	go func() { s.done <- s.srv.Serve(ln) }()
	return s, nil
}

// Close stops the server and waits until it has stopped. Later calls return the first one's
// result.
func (s *Server) Close() error {
	s.once.Do(func() {
		s.error = s.srv.Close()
		if err := <-s.done; !errors.Is(err, http.ErrServerClosed) && s.error == nil {
			s.error = err
		}
	})
	return s.error
}
