// Example answers for the benchmark's walk through the self-scan (generator/bench/journey.py),
// evaluated in the page: every statement ja up to a level that differs per domain, nee on the
// first statement of the next level, and a need that differs per domain.
(rules) => {
  const levels = rules.levels.map((l) => l.id);
  const yes = rules.statementAnswers.yes.id;
  const no = rules.statementAnswers.no.id;
  const choose = (name, value) => {
    const radio = document.querySelector(`input[name="${name}"][value="${value}"]`);
    radio.checked = true;
    radio.dispatchEvent(new Event('change', { bubbles: true }));
  };
  rules.domains.forEach((d, i) => {
    const reached = i % levels.length;
    levels.slice(1).forEach((level, k) =>
      d.levels[level].statements.forEach((st, j) => {
        if (k + 1 <= reached) {
          choose('st-' + st.id, yes);
        } else if (k === reached && j === 0) {
          choose('st-' + st.id, no);
        }
      })
    );
    choose('need-' + d.id, rules.needs[(i * 2 + 1) % rules.needs.length].id);
  });
};
