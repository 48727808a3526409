"""growth, round 28 (real reports): a change stated after its rate, change words of spending and the bare 增/减, the
total of a 其中 list told in clauses, no base ≤ 0, a bare rate past a ；. Sentences invented."""
from analysis.rules.growth import growth
from rules_cases import run


def _rows(text: str, year: int = 2020) -> list[dict]:
    return run(growth, text, year)


def _rate_rows(text: str, rate: str, year: int = 2020) -> list[dict]:
    """The rows of the rate (its text, e.g. '8.33%') among the rule's rows."""
    return [r for r in _rows(text, year) if rate in r["stated"]]


# ---------------------------------------------------------------- a change in the clause right after the rate
def test_change_after_the_rate_gives_the_base():
    text = "全县税收收入完成15,600万元，同比增长{r}，增收1,200万元，完成全年任务。"
    got = _rate_rows(text.format(r="8.33%"), "8.33%")
    assert [r["verdict"] for r in got] == ["consistent"]  # 1,200/14,400 = 8.33%
    # broken twin
    assert [r["verdict"] for r in _rate_rows(text.format(r="9.33%"), "9.33%")] == ["inconsistent"]
    # a fall with its 减收 after it
    down = "全区非税收入完成4,800万元，比上年下降4.0%，减收200万元。"
    assert [r["verdict"] for r in _rate_rows(down, "4.0%")] == ["consistent"]


def test_change_after_the_rate_decoys():
    # another metric's amount after the rate, not a change
    other = "全县税收收入完成15,600万元，同比增长9.33%，其中增值税1,200万元。"
    assert "inconsistent" not in [r["verdict"] for r in _rows(other)]
    # a change of the other direction is not this rate's
    turned = "全县税收收入完成15,600万元，同比下降9.33%，增收1,200万元。"
    assert "inconsistent" not in [r["verdict"] for r in _rows(turned)]
    # two values before the rate: neither is sure to be the one that grew, nor the one the change is of
    two = "全县税收收入15,600万元，非税收入3,000万元，同比增长8.33%，增收1,200万元。"
    rows = _rows(two)
    assert "inconsistent" not in [r["verdict"] for r in rows] and not any("3,000万元" in r["stated"] for r in rows)
    # the value in another sentence: the change is not taken
    apart = "全县税收收入完成15,600万元。非税收入同比增长5%，增收1,200万元。"
    assert not [r for r in _rows(apart) if "1,200" in r["stated"]]


# ---------------------------------------------------------------- 减支 / 增支 / 比上年增 before an amount: the change
def test_spending_change_is_no_value():
    text = "全区一般公共预算支出累计完成56,000万元，完成预算数120,000万元的46.7%，比上年减支4,000万元，下降{r}。"
    got = _rate_rows(text.format(r="6.7%"), "6.7%")
    assert [r["verdict"] for r in got] == ["consistent"] and got[0]["stated"].startswith("56,000万元")
    # broken twin (with no budget figure beside it, which makes a failed check doubtful)
    bare = "全区一般公共预算支出累计完成56,000万元，比上年减支4,000万元，下降7.7%。"
    assert [r["verdict"] for r in _rate_rows(bare, "7.7%")] == ["inconsistent"]
    up = "全区民生支出完成8,000万元，比上年增支500万元，增长6.7%。"
    assert [r["verdict"] for r in _rate_rows(up, "6.7%")] == ["consistent"]


def test_bare_zeng_before_an_amount_is_the_change():
    text = "全县油菜平均单产420公斤，比上年增20公斤，增{r}。"
    got = _rate_rows(text.format(r="5.0%"), "5.0%")
    assert [r["verdict"] for r in got] == ["consistent"] and got[0]["stated"].startswith("420公斤")
    assert [r["verdict"] for r in _rate_rows(text.format(r="6.0%"), "6.0%")] == ["inconsistent"]
    # decoy: 新增 after a stated base stays cumulative_vs_new's (no growth row on it)
    stock = "全市累计建成村级服务站412个，较上年末的380个新增32个。"
    assert not [r for r in _rows(stock) if "32个" in r["stated"]]


# ---------------------------------------------------------------- the total of a 其中 list told in clauses
_LIST = "全市完成冬季农业开发35.60万亩，其中粮食作物18.20万亩，经济作物15.10万亩，绿肥作物{last}万亩，比上年增加{ch}万亩，增长{r}。"


def test_change_after_a_whole_list_is_the_totals():
    text = _LIST.format(last="2.30", ch="1.60", r="4.7%")  # 18.20 + 15.10 + 2.30 = 35.60; 1.60/34.00 = 4.7%
    rows = _rows(text)
    assert [r["verdict"] for r in rows if "4.7%" in r["stated"]] == ["consistent"]
    assert all(r["stated"].startswith("35.60万亩") for r in rows)


def test_no_base_at_or_below_zero():
    # the list does not add up, but the change is larger than the last item: not that item's
    text = _LIST.format(last="0.50", ch="1.60", r="4.7%")
    rows = _rows(text)
    assert not [r for r in rows if "0.50万亩" in r["stated"]]
    assert not any("[-" in r["computed"] for r in rows)
    # the same with no total to move to: the value is dropped, no negative base printed
    alone = "全县绿肥作物0.50万亩，比上年增加1.60万亩。"
    assert [(r["verdict"], r["stated"]) for r in _rows(alone)] == [("unverifiable", "增加1.60万亩")]


def test_a_shortening_after_a_fall_is_its_change():
    # 缩短/减少 after 下降: the change of the same direction as the rate gives the base (12 + 3 = 15, 12/15 = −20%)
    rows = _rows("全市企业开办平均用时为12天，同比下降20.0%，缩短3天。")
    assert [r["verdict"] for r in rows if "20.0%" in r["stated"]] == ["consistent"]


def test_list_total_decoys():
    # a list that does not add up, and a change smaller than its last item: the item's own (as before)
    part = _LIST.format(last="5.30", ch="0.60", r="12.8%")
    assert [r["verdict"] for r in _rows(part) if "12.8%" in r["stated"]] == ["consistent"]
    # the total of a list told in clauses may confirm its rate, never refute it (1.60/34.00 = 4.7%, written 4.6%: the
    # change may yet be the last item's, and such rates are often cut, not rounded)
    cut = _LIST.format(last="2.30", ch="1.60", r="4.6%")
    assert "inconsistent" not in [r["verdict"] for r in _rows(cut)]


# ---------------------------------------------------------------- a bare rate past a ； is the metric named there
def test_bare_rate_past_a_semicolon():
    text = "共认定高新技术企业6家，其中新认定2家、复审1家；1-6月份，商标注册申请已完成年度任务的85.3%，增幅36.2%。"
    got = _rate_rows(text, "36.2%")
    assert got and not any("家" in r["stated"] for r in got)
    # decoys: a share or a span of months after the ； names no metric; the rate stays the value's
    share = "全年粮食总产量21.84万吨；占全省的5.1%，增长2.9%。"
    assert [r["stated"] for r in _rate_rows(share, "2.9%")] == ["21.84万吨，增长2.9%"]
    months = "全年工业总产值50.2亿元；1-9月份，增长12.0%。"
    assert [r["stated"] for r in _rate_rows(months, "12.0%")] == ["50.2亿元，增长12.0%"]


# ---------------------------------------------------------------- 同口径: the change and the rate disagree
def test_caliber_change_and_rate_disagree():
    # the restated (同口径) value, its rate and its change cannot all hold against one base: 2,100/14,400 = 14.6%, not
    # 12.0% — the change was reckoned on the plain-caliber base of the sentence before; flagged, with that cause
    text = ("全县一般公共预算收入完成15,600万元（自然口径），同比增长8.33%，增收1,200万元。"
            "一般公共预算收入（同口径）完成16,500万元，同比增长12.0%，增收2,100万元。")
    got = _rate_rows(text, "12.0%")
    assert [r["verdict"] for r in got] == ["inconsistent"] and "口径" in got[0]["cause"]
