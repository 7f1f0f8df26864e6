// Practice timer for /pitch. Each practice form has an empty <div data-pitch-timer
// data-duration-field="id-of-the-seconds-input">; this script puts Start and Stop buttons in it,
// shows the running time, and on Stop writes the whole seconds into the duration field.
// Without this script the page still works: the duration is typed by hand.
// No inline script or handlers anywhere, so a strict Content-Security-Policy can forbid them.
(function () {
    "use strict";

    function format(seconds) {
        var minutes = Math.floor(seconds / 60);
        var rest = seconds % 60;
        return minutes + ":" + (rest < 10 ? "0" : "") + rest;
    }

    function makeButton(text, className) {
        var button = document.createElement("button");
        button.type = "button"; // never submits the practice form
        button.className = className;
        button.textContent = text;
        return button;
    }

    function setUp(container) {
        var field = document.getElementById(container.getAttribute("data-duration-field"));
        if (!field) return;

        var start = makeButton("Start timer", "button-small");
        var stop = makeButton("Stop timer", "button-small button-quiet");
        stop.disabled = true;

        // role="timer" is not announced on every tick (that would drown out everything else);
        // the polite live region below says when timing starts and what the time was at the end.
        var clock = document.createElement("span");
        clock.className = "pitch-timer-clock";
        clock.setAttribute("role", "timer");
        clock.setAttribute("aria-label", "Elapsed time");
        clock.textContent = format(0);

        var status = document.createElement("span");
        status.className = "pitch-timer-status";
        status.setAttribute("aria-live", "polite");

        container.appendChild(start);
        container.appendChild(stop);
        container.appendChild(clock);
        container.appendChild(status);

        var startedAt = 0;
        var ticking = 0;

        function elapsedMs() {
            return performance.now() - startedAt;
        }

        start.addEventListener("click", function () {
            startedAt = performance.now();
            clock.textContent = format(0);
            ticking = window.setInterval(function () {
                clock.textContent = format(Math.floor(elapsedMs() / 1000));
            }, 250);
            // Move focus before disabling the focused button, so keyboard users are not dropped.
            stop.disabled = false;
            stop.focus();
            start.disabled = true;
            status.textContent = "Timing. Say your pitch, then press Stop.";
        });

        stop.addEventListener("click", function () {
            window.clearInterval(ticking);
            // The form takes whole seconds, at least one.
            var seconds = Math.max(1, Math.round(elapsedMs() / 1000));
            clock.textContent = format(seconds);
            field.value = String(seconds);
            field.dispatchEvent(new Event("input", { bubbles: true }));
            field.dispatchEvent(new Event("change", { bubbles: true }));
            start.disabled = false;
            start.focus();
            stop.disabled = true;
            status.textContent = "Stopped at " + seconds + (seconds === 1 ? " second" : " seconds") + ". The duration is filled in; rate it and log it.";
        });
    }

    var timers = document.querySelectorAll("[data-pitch-timer]");
    for (var i = 0; i < timers.length; i++) {
        setUp(timers[i]);
    }
})();
