"""share_of_total, round 27: a share with its part in brackets after it (超过九成（198户）, 四成以上由村集体自筹（41公里）,
占比35.2%的青年干部（176人）), judged with its qualifier (超过/不足/以上/近); a rate of a complement whose things the one
whole before names (全县52所学校… 未达标的学校仅剩4所，达标率); a rate of "N个中已有M个" that names their act; and the decoys each
reading must leave alone. Sentences invented."""
import pytest

from analysis.rules.shares import share_of_total

from rules_cases import run


def _rows(text, year=2020):
    return [(r["verdict"], r["stated"]) for r in run(share_of_total, text, year)]


@pytest.mark.parametrize("text, verdict", [
    ("全镇236户脱贫户中实现稳定增收的超过九成（220户）。", "consistent"),
    ("全镇236户脱贫户中实现稳定增收的超过九成（198户）。", "inconsistent"),
    ("全年新建农村公路86公里，四成以上由村集体自筹建设（41公里）。", "consistent"),
    ("全年新建农村公路86公里，四成以上由村集体自筹建设（31公里）。", "inconsistent"),
    ("全县登记在册残疾人4120人，其中重度残疾人不足三成（1386人）。", "inconsistent"),
    ("全县登记在册残疾人4120人，其中重度残疾人不足三成（1086人）。", "consistent"),
    ("全年发放创业担保贷款1260万元。其中女性创业者占四成（380万元）。", "inconsistent"),
    ("全年接待来访1260人。来访人员中，占比15.6%的老年人（197人）反映养老服务问题。", "consistent"),
    ("全年接待来访1260人。来访人员中，占比15.6%的老年人（217人）反映养老服务问题。", "inconsistent"),
])
def test_part_in_brackets_after_the_share(text, verdict):
    assert [v for v, _ in _rows(text)] == [verdict]


@pytest.mark.parametrize("text", [
    "全县建成文化广场165个，超过80%的村（126个）实现广播全覆盖。",     # the villages are not the squares
    "全县有超过80%的村（126个）实现垃圾集中处理。",                    # no whole stated
    "全年接待来访群众3260人次，其中集体访占三成（86批）。",             # batches of people, not visits
    "到2025年，全县超过90%的行政村（142个）将建成电商服务站。",         # a plan
    "全年检查企业120家，合格率超过95%（上年为92%）。",                  # an earlier level in brackets
    "全县工业产值增长超过8%（3.2亿元）。",                              # a growth, not a share
])
def test_part_in_brackets_decoys(text):
    assert "inconsistent" not in [v for v, _ in _rows(text)]


@pytest.mark.parametrize("text, verdict", [
    ("全区现有公办幼儿园40所，逐园开展等级评估。评估结束时，未达标的幼儿园仅剩3所，达标率92.5%。", "consistent"),
    ("全区现有公办幼儿园40所，逐园开展等级评估。评估结束时，未达标的幼儿园仅剩3所，达标率95.0%。", "inconsistent"),
])
def test_rate_of_a_complement_named_by_the_whole(text, verdict):
    assert [v for v, _ in _rows(text)] == [verdict]


@pytest.mark.parametrize("text", [
    # another group's whole: the rural schools are not counted
    "全县共有中小学52所，其中城区学校18所。尚未达标的农村学校仅剩4所，农村学校达标率达到88.2%。",
    # two counts of the unit before: which is the whole is not said
    "全市共有农贸市场36个。全年新建农贸市场5个，未达标的市场仅剩3个，达标率93.7%。",
])
def test_rate_of_a_complement_decoys(text):
    assert "inconsistent" not in [v for v, _ in _rows(text)]


@pytest.mark.parametrize("text, verdict", [
    ("全县36所中小学中已有30所通过省级义务教育均衡验收，通过率83.3%。", ["consistent"]),
    # (the review of the session: after 已有 the rate may be of the work's own volume — 12个乡镇中已有10个建成污水处理厂，
    # 污水处理率… — so an echo of the verb no longer makes the pairing sure: no alarm, a row only when it holds)
    ("全县36所中小学中已有30所通过省级义务教育均衡验收，通过率86.1%。", []),
    # a rate naming the doing in other words stays a weak pairing (the house's 13个乡镇中11个建成…，覆盖率)
    ("全县126个行政村中已有104个建成村级寄递物流站点，覆盖率达到85.2%。", []),
    ("全县126个行政村中已有104个建成村级寄递物流站点，人口覆盖率达到91.2%。", []),
])
def test_those_among_with_already(text, verdict):
    assert [v for v, _ in _rows(text)] == verdict


@pytest.mark.parametrize("text", [
    # the share is of the children the kindergartens hold, the rate of the contracts the units sign: no n of the count
    "新建公办幼儿园3所，普惠性幼儿园在园幼儿占比达81.5%。",
    "检查用人单位586户，受检单位劳动合同签订率97.2%。",
    "全年新建养老机构4家，养老机构护理型床位占比达57.3%。",
])
def test_share_of_another_thing_the_counted_hold_has_no_n(text):
    from analysis.rules.shares import granularity
    assert "inconsistent" not in [r["verdict"] for r in run(granularity, text, 2020)]


@pytest.mark.parametrize("text", [
    "对全县11所民办幼儿园开展年检，合格率为85%。",           # the schools checked are the n
    "抽检食品320批次，食品抽检合格率97.3%。",                # the act of the count named again
])
def test_share_of_the_counted_keeps_its_n(text):
    from analysis.rules.shares import granularity
    assert "inconsistent" in [r["verdict"] for r in run(granularity, text, 2020)]
