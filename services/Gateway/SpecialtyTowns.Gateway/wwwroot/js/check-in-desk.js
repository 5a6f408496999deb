// The check-in desk: verifies a badge's signature in the browser with the event's public key
// (WebCrypto, ECDSA P-256 / SHA-256, signature r||s), so a badge is judged even with the venue's
// network down, and scans QR codes with the camera where the browser has a BarcodeDetector.
(() => {
  "use strict";

  function setup(desk) {
    desk.dataset.deskReady = "true";
    const form = desk.querySelector("[data-badge-form]");
    const input = desk.querySelector("[data-badge-code]");
    const method = desk.querySelector("[data-badge-method]");
    const verdict = desk.querySelector("[data-badge-verdict]");
    const fromBase64Url = (text) => {
      const base64 = text.replace(/-/g, "+").replace(/_/g, "/");
      const binary = atob(base64 + "=".repeat((4 - (base64.length % 4)) % 4));
      return Uint8Array.from(binary, (c) => c.charCodeAt(0));
    };
    const uuid = (bytes) => {
      const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
      return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
    };
    let keyPromise = null;
    const publicKey = () => {
      if (!keyPromise && desk.dataset.publicKey && window.crypto && crypto.subtle) {
        keyPromise = crypto.subtle.importKey("spki", fromBase64Url(desk.dataset.publicKey), { name: "ECDSA", namedCurve: "P-256" }, false, ["verify"]);
      }
      return keyPromise;
    };

    // True when the token is this event's badge with a valid signature; null when the browser cannot tell.
    const verify = async (token) => {
      const key = publicKey();
      if (!key) {
        return null;
      }
      try {
        const [payloadText, signatureText, extra] = token.split(".");
        if (!payloadText || !signatureText || extra !== undefined) {
          return false;
        }
        const payload = fromBase64Url(payloadText);
        if (payload.length < 35 || payload[0] !== 1 || uuid(payload.slice(2, 18)) !== desk.dataset.eventId.toLowerCase()) {
          return false;
        }
        return await crypto.subtle.verify({ name: "ECDSA", hash: "SHA-256" }, await key, fromBase64Url(signatureText), payload);
      } catch {
        return false;
      }
    };

    const show = async () => {
      const token = input.value.trim();
      if (!token) {
        verdict.textContent = "";
        delete verdict.dataset.valid;
        return null;
      }
      const ok = await verify(token);
      if (ok !== null) {
        verdict.textContent = ok ? desk.dataset.validText : desk.dataset.invalidText;
        verdict.dataset.valid = ok ? "true" : "false";
        verdict.className = "st-badge-verdict " + (ok ? "st-badge-valid" : "st-badge-invalid");
      }
      return ok;
    };
    input.addEventListener("input", () => {
      method.value = "code";
      show();
    });

    const start = desk.querySelector("[data-scan-start]");
    const stop = desk.querySelector("[data-scan-stop]");
    const video = desk.querySelector("[data-scan-video]");
    if (!("BarcodeDetector" in window) || !navigator.mediaDevices) {
      desk.querySelector("[data-scan-unsupported]").hidden = false;
      return;
  }

  start.hidden = false;
  let stream = null;
  const halt = () => {
    stream?.getTracks().forEach((track) => track.stop());
    stream = null;
    video.hidden = true;
    stop.hidden = true;
    start.hidden = false;
  };
  stop.addEventListener("click", halt);
  start.addEventListener("click", async () => {
    const detector = new BarcodeDetector({ formats: ["qr_code"] });
    stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: "environment" } });
    video.srcObject = stream;
    video.hidden = false;
    start.hidden = true;
    stop.hidden = false;
    await video.play();
    const look = async () => {
      if (!stream) {
        return;
      }
      const codes = await detector.detect(video).catch(() => []);
      if (codes.length > 0) {
        input.value = codes[0].rawValue;
        method.value = "scan";
        if ((await show()) !== false) {
          halt();
          form.requestSubmit();
          return;
        }
      }
      setTimeout(look, 250);
    };
    look();
  });
  }

  // Loaded once for the whole site; the desk may arrive later by enhanced navigation or streaming.
  const setupAll = () => document.querySelectorAll("[data-check-in-desk]:not([data-desk-ready])").forEach(setup);
  setupAll();
  window.Blazor?.addEventListener?.("enhancedload", setupAll);
  new MutationObserver(setupAll).observe(document.body, { childList: true, subtree: true });
})();
