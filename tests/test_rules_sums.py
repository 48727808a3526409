"""parts_sum: parts listed after a total add up to it, counts and money, units respected."""
import pytest

from analysis.rules.sums import parts_sum
from rules_cases import run, verdicts


def test_parts_add_up():
    rows = run(parts_sum, "今年共收到提案9件，其中A类4件、B类2件、C类3件。")
    assert [r["verdict"] for r in rows] == ["consistent"]
    assert rows[0]["figure_ids"] == "F001 F002 F003 F004"


def test_parts_do_not_add_up():
    rows = run(parts_sum, "全年开展监督检查15项，其中专项检查8项、绩效评价5项、质量检查3项。")
    assert [r["verdict"] for r in rows] == ["inconsistent"]
    assert "= 16项" in rows[0]["computed"]


def test_money_in_mixed_units_within_rounding():
    text = "全年完成水利投资2.86亿元，其中补助资金1.52亿元、市级配套6,300万元、县级自筹7,100万元。"
    assert verdicts(parts_sum, text) == ["consistent"]


def test_rounding_boundary_of_the_total():
    # 4.12万 + 14.3万 + 1800 = 18.6万 within the rounding of each (18.545–18.655万 against 18.55–18.65万)
    text = "全市实有市场主体18.6万户，其中企业4.12万户，个体工商户14.3万户，农民专业合作社1,800户。"
    assert verdicts(parts_sum, text) == ["consistent"]
    text = "全市实有市场主体18.7万户，其中企业4.12万户，个体工商户14.3万户，农民专业合作社1,800户。"
    assert verdicts(parts_sum, text) == ["consistent"]  # 18.65万 is in both intervals: on the boundary
    text = "全市实有市场主体18.8万户，其中企业4.12万户，个体工商户14.3万户，农民专业合作社1,800户。"
    assert verdicts(parts_sum, text) == ["inconsistent"]


def test_wan_and_yuan_mixed_up():
    rows = run(parts_sum, "共投入资金1200万元，其中省级资金500万元、市级资金700元。")
    assert rows[0]["verdict"] == "inconsistent" and rows[0]["cause"] == "万 and 元 mixed up"


def test_one_digit_slip():
    rows = run(parts_sum, "完成投资4,650万元，其中渠道衬砌1,820万元、节水灌溉1,560万元、水源工程1,170万元。")
    assert rows[0]["verdict"] == "inconsistent" and "digit" in rows[0]["cause"]


@pytest.mark.parametrize("text", [
    "全年共受理劳动争议案件364件，其中调解结案219件、仲裁裁决98件、撤诉47件。",
    "全年共受理劳动争议案件364件。其中，调解结案219件，仲裁裁决98件，撤诉47件。",
    "全年共受理劳动争议案件364件，按结果分：调解结案219件，占60.2%；仲裁裁决98件，占26.9%；撤诉47件，占12.9%。",
])
def test_same_split_worded_three_ways(text):
    assert "consistent" in verdicts(parts_sum, text)
    assert "inconsistent" not in verdicts(parts_sum, text)


def test_two_units_two_checks():
    text = "全区城乡低保对象5,862户9,874人，其中城市低保1,236户2,105人，农村低保4,626户7,769人。"
    assert verdicts(parts_sum, text) == ["consistent", "consistent"]


def test_remainder():
    text = "全县共有病险水库12座。今年完成除险加固7座，其余5座列入明年计划。"
    assert verdicts(parts_sum, text) == ["consistent"]


def test_no_false_alarm_on_a_selection_or_nested_thresholds():
    assert run(parts_sum, "全市有企业500家，其中高新技术企业50家、科技型中小企业120家。") == []
    assert run(parts_sum, "新签约项目68个，其中亿元以上项目42个，10亿元以上项目5个。") == []
    assert run(parts_sum, "A级景区达到32家，其中4A级9家、3A级15家、2A级8家；今年新增3A级景区3家。") == [] or \
        verdicts(parts_sum, "A级景区达到32家，其中4A级9家、3A级15家、2A级8家；今年新增3A级景区3家。") == ["consistent"]
