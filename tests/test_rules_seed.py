"""The seed report's checks against a hand-checked list (rule, verdict, figure texts), and the contract."""
from analysis import schema
from analysis.rules import run_rules

# Read off the seed by hand: every claim the text makes about its numbers, and what holds.
EXPECTED = [
    ("placeholder", "missing", ()),                                   # …合作专项项
    ("cumulative_vs_new", "consistent", ("7家", "1家")),              # 市级院士工作站7家，新增1家
    ("cumulative_vs_new", "consistent", ("83家", "5家")),             # 国家级高新技术企业83家，新增5家
    ("enumeration_count", "consistent", ()),                          # “六深入” lists six
    ("placeholder", "missing", ()),                                   # 调研累计达次
    ("enumeration_count", "consistent", ()),                          # “两加强” lists two
    ("growth", "unverifiable", ("4941万元", "20.7%")),                # no prior-year value
    ("target_met", "consistent", ("20.7%", "20%以上")),               # 20.7% ≥ 20%
    ("parts_sum", "consistent", ("9件", "4件", "2件", "3件")),
    ("share_of_total", "consistent", ("9件", "4件", "44%")),
    ("percent_sum", "consistent", ("44%", "22%", "34%")),             # sums to 100; the error is in 34%
    ("share_of_total", "consistent", ("9件", "2件", "22%")),
    ("share_of_total", "inconsistent", ("9件", "3件", "34%")),        # 3/9 = 33.3%
    ("granularity", "unverifiable", ("100%",)),                       # 满意度 without n
]


def test_seed_checks_match_the_hand_checked_list(seed_report):
    checks = seed_report.checks
    texts = dict(zip(seed_report.figures.figure_id, seed_report.figures.text))
    got = [(r.rule, r.verdict, tuple(texts[i] for i in r.figure_ids.split())) for r in checks.itertuples()]
    assert got == EXPECTED


def test_seed_checks_keep_the_contract(seed_report):
    checks = seed_report.checks
    assert list(checks.columns) == schema.CHECK_COLUMNS
    assert list(checks.check_id) == [f"C{i:03d}" for i in range(1, len(checks) + 1)]
    assert list(checks.start) == sorted(checks.start)
    assert (checks.end > checks.start).all()
    text = seed_report.text
    blanks = checks[checks.rule == "placeholder"]
    assert [text[s - 3:e] for s, e in zip(blanks.start, blanks.end)] == ["作专项项", "累计达次"]
    growth = checks[checks.rule == "growth"].iloc[0]
    # the design's interval (4941 taken as exact), then the wider one that allows for 4941's own rounding
    assert "[4091.9, 4095.3]万元" in growth.computed and "[4091.5, 4095.8]万元" in growth.computed
    share = checks[(checks.rule == "share_of_total") & (checks.verdict == "inconsistent")].iloc[0]
    assert share.cause == "shares forced to sum to 100"
    assert share.computed == "3件/9件 = 33.3%; stated 34% needs 33.5–34.5%"
    assert all(checks.explanation_en) and all(checks.explanation_zh)


def test_rules_are_pure_and_repeatable(seed_report):
    a = run_rules(seed_report.doc, seed_report.figures, "x")
    b = run_rules(seed_report.doc, seed_report.figures, "x")
    assert a.equals(b)


def test_seed_checks_match_the_independent_reference_in_full(seed_report):
    from analysis.evaluate import read_rows, score_checks
    from conftest import ROOT

    ref = read_rows(ROOT / "tests" / "reference" / "seed_checks.csv")
    score = score_checks(seed_report.text, seed_report.checks, ref)
    assert score.found == score.expected, score.misses
    assert score.false_alarms == 0, score.extras
    assert score.real == score.reported  # every check the rules make is a claim the reader found
