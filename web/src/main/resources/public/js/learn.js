// Time on task: while the lesson is visible, tell the server every 30 seconds. The server decides how much
// to credit (never more than the time that passed), so this script only has to be honest about visibility.
(() => {
    const player = document.querySelector('[data-heartbeat-url]');
    if (!player || !window.fetch) {
        return;
    }
    const url = player.dataset.heartbeatUrl;
    const token = player.dataset.csrf;
    const beat = () => {
        if (document.visibilityState !== 'visible') {
            return;
        }
        fetch(url, {method: 'POST', headers: {'X-CSRF-Token': token, 'Content-Type': 'text/plain'}, body: '',
            credentials: 'same-origin', keepalive: true}).catch(() => { /* offline: the next beat tries again */ });
    };
    beat();
    setInterval(beat, 30000);
    document.addEventListener('visibilitychange', () => {
        if (document.visibilityState === 'visible') {
            beat();
        }
    });
})();
