"""growth and target_met: rates against stated bases, implied bases, targets and claims of meeting them."""
import pytest

from analysis.rules.growth import growth, target_met
from rules_cases import run, verdicts


# ---------------------------------------------------------------- growth
def test_growth_without_base_gives_the_implied_base_interval():
    rows = run(growth, "已累计帮助企业争取到上级科技资金4941万元，同比增长20.7%。")
    assert [r["verdict"] for r in rows] == ["unverifiable"]
    # low = 4940.5/1.2075 = 4091.51…, high = 4941.5/1.2065 = 4095.73…, rounded outward
    assert "[4091.5, 4095.8]万元" in rows[0]["computed"]
    assert rows[0]["figure_ids"] == "F001 F002"


@pytest.mark.parametrize("text", [
    "争取上级科技资金6,380万元，同比增长15.6%，上年为5,518万元。",
    "争取上级科技资金6,380万元，比上年的5,518万元增长15.6%。",
    "争取上级科技资金由上年的5,518万元增加到6,380万元，同比增长15.6%。",
])
def test_growth_with_base_worded_three_ways(text):
    assert verdicts(growth, text) == ["consistent"]


def test_growth_fails():
    rows = run(growth, "实现主营业务收入1,680亿元，比上年的1,520亿元增长12.5%。")
    assert [r["verdict"] for r in rows] == ["inconsistent"]
    assert "10.46–10.60%" in rows[0]["computed"]


def test_growth_on_the_rounding_boundary():
    # 110/100 = 10% exactly; 10.0% holds, 10.1% does not (110/100 with exact counts)
    assert verdicts(growth, "接待游客110人，同比增长10.0%，上年为100人。") == ["consistent"]
    assert verdicts(growth, "接待游客110人，同比增长10.1%，上年为100人。") == ["inconsistent"]


def test_decline_and_percentage_points_and_multiples():
    assert verdicts(growth, "全年福利彩票销售2.38亿元，同比下降18.2%（上年为2.91亿元）。") == ["consistent"]
    assert verdicts(growth, "森林覆盖率由上年的31.6%提高到32.4%，提高0.8个百分点。") == ["consistent"]
    assert verdicts(growth, "森林覆盖率由上年的31.6%提高到32.4%，提高1.8个百分点。") == ["inconsistent"]
    assert verdicts(growth, "林下经济产值达到2.4亿元，是上年1.6亿元的1.5倍。") == ["consistent"]


def test_paired_lists_of_rates_and_bases():
    text = "接待游客1,356.8万人次，同比增长11.2%；旅游总收入128.6亿元，同比增长14.5%，上年分别为1,220.2万人次和112.3亿元。"
    assert verdicts(growth, text) == ["consistent", "consistent"]


def test_rate_without_any_value_is_unverifiable():
    rows = run(growth, "工业用电量同比增长6.8%。单位GDP能耗下降3.6%。")
    assert [r["verdict"] for r in rows] == ["unverifiable", "unverifiable"]


def test_plans_and_targets_are_not_growth_claims():
    assert run(growth, "力争社会消费品零售总额增长13%左右。") == []
    assert run(growth, "同比增长10.8%，完成了增长10%以上的年度目标。")[0]["stated"].endswith("增长10.8%")
    assert len(run(growth, "同比增长10.8%，完成了增长10%以上的年度目标。")) == 1


# ---------------------------------------------------------------- target_met
@pytest.mark.parametrize("text", [
    "争取到上级科技资金4941万元，同比增长20.7%，已超额完成政府提出的较上年增长20%以上的要求。",
    "全市规模以上工业增加值412.6亿元，同比增长20.7%，完成了增长20%以上的年度目标。",
    "社会消费品零售总额156.8亿元，同比增长20.7%，实现了年初确定的增长20%的目标。",
])
def test_target_met_worded_three_ways(text):
    assert verdicts(target_met, text) == ["consistent"]


def test_target_claimed_but_not_met():
    rows = run(target_met, "全年完成工业固定资产投资265亿元，增长16.2%，实现了年初提出的增长18%的目标。")
    assert [r["verdict"] for r in rows] == ["inconsistent"]
    rows = run(target_met, "全年新增有效灌溉面积1.8万亩，超额完成年初确定的新增2万亩的目标任务。")
    assert [r["verdict"] for r in rows] == ["inconsistent"]


def test_target_boundary():
    # exactly at the target: 完成 holds, 超额完成 needs more than the target
    assert verdicts(target_met, "收入增长20%，完成了增长20%以上的目标。") == ["consistent"]
    assert verdicts(target_met, "收入增长19.9%，完成了增长20%以上的目标。") == ["inconsistent"]


def test_percent_of_target_points_over_target_and_ceilings():
    assert verdicts(target_met, "全年城镇新增就业2.35万人，完成年度目标任务2.2万人的106.8%。") == ["consistent"]
    assert verdicts(target_met, "一般公共预算收入完成12.36亿元，为年初预算12.08亿元的112.3%。") == ["inconsistent"]
    assert verdicts(target_met, "地区生产总值同比增长13.5%，比年初确定的12%的预期目标高出1.5个百分点。") == ["consistent"]
    assert verdicts(target_met, "城镇登记失业率为3.2%，控制在4.5%以内。") == ["consistent"]
    assert verdicts(target_met, "城镇登记失业率为4.8%，控制在4.5%以内。") == ["inconsistent"]


def test_plans_are_not_targets_met():
    assert run(target_met, "力争新增国家级高新技术企业15家以上，完成年度目标。") == []
