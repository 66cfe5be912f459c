"""Python twins of the browser engine (js/engine.js, js/combine.js), used only by tests to
check the JavaScript on thousands of random inputs."""
