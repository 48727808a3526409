"""Shares, round 16 (tuning26): a rate named by a subject and an act (老年人 + 健康管理) is the share of the count
labelled with the act in the count labelled with the subject, both in its sentence; a valid sample is the n of a
satisfaction rate even past the sample's own rate clause (有效回收率…，满意率…); an execution rate of a sum spent takes
the sum of the nearest earlier sentence of the paragraph that states one (past a sentence with no sum)."""
import pytest

from analysis.rules.shares import granularity, share_of_total
from rules_cases import YEARS, alarms, rule_verdicts, share_rules

MINE = share_rules()


_rows = rule_verdicts


def _bad(text, year=2020):
    return alarms(MINE, text, year)


# ---------------------------------------------------------------- subject + act rate
@pytest.mark.parametrize("year", YEARS)
def test_subject_act_rate(year):
    ok = "全县在册适龄儿童3,200人，完成疫苗接种3,104人，儿童疫苗接种率97%。"  # 3104/3200 = 97.0
    assert _rows(share_of_total, ok, year) == ["consistent"]
    assert _rows(share_of_total, ok.replace("97%", "95%"), year) == ["inconsistent"]
    # own phrasing: 脱贫劳动力 + 务工就业
    own = "辖区脱贫劳动力1.25万人，实现务工就业1.06万人，脱贫劳动力务工就业率84.8%。"  # 1.06/1.25 = 84.8
    assert _rows(share_of_total, own, year) == ["consistent"]
    assert _rows(share_of_total, own.replace("84.8%", "88.8%"), year) == ["inconsistent"]
    # decoy: the act names neither count (接种 vs 登记) — no pairing, no alarm
    decoy = "全县在册适龄儿童3,200人，登记建卡3,104人，儿童疫苗接种率95%。"
    assert ("share_of_total", "inconsistent") not in _bad(decoy, year)


# ---------------------------------------------------------------- valid sample past its own rate
@pytest.mark.parametrize("year", YEARS)
def test_valid_sample_past_rate(year):
    ok = "共发放问卷500份，回收有效问卷460份，有效回收率92%，群众满意率93.5%。"  # 430/460 = 93.48
    assert ("granularity", "inconsistent") not in _bad(ok, year)
    assert "consistent" in _rows(granularity, ok, year)
    bad = ok.replace("93.5%", "93.6%")  # 430/460 = 93.48, 431/460 = 93.70
    assert ("granularity", "inconsistent") in _bad(bad, year)
    # own phrasing: 测评样本 / 知晓率
    own = "随机抽取受访居民发放问卷420份，收回有效问卷400份，有效率95.2%，政策知晓率87.25%。"  # 349/400 = 87.25
    assert ("granularity", "inconsistent") not in _bad(own, year)
    assert ("granularity", "inconsistent") in _bad(own.replace("87.25%", "87.4%"), year)
    # decoy: a score (满意度) is no share of the sample
    decoy = "回收有效问卷460份，有效回收率92%，综合满意度93.6%。"
    assert ("granularity", "inconsistent") not in _bad(decoy, year)


# ---------------------------------------------------------------- execution rate past a sentence with no sum
@pytest.mark.parametrize("year", YEARS)
def test_funds_two_sentences_back(year):
    ok = ("本年度专项资金总额2,500万元，其中省级补助1,500万元、县级配套1,000万元。资金于4月和9月分两批下达各乡镇。"
          "截至年底，实际支出2,310万元，资金执行率92.4%。")  # 2310/2500 = 92.4
    assert "consistent" in _rows(share_of_total, ok, year)
    # decoy: a wrong rate is not judged against the guessed whole (weak pairing)
    assert ("share_of_total", "inconsistent") not in _bad(ok.replace("92.4%", "90.1%"), year)
