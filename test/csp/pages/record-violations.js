/* global window, document */
// Loaded first by the strict-CSP pages (an external classic script: the policy forbids inline
// ones). Collects every report the browser makes of something the policy blocked, for the test.
window.mingaViolations = [];
document.addEventListener('securitypolicyviolation', (e) => {
  window.mingaViolations.push({
    directive: e.violatedDirective || e.effectiveDirective,
    blocked: e.blockedURI,
    sample: e.sample,
    source: `${e.sourceFile}:${e.lineNumber}`,
  });
});
