"""target_met, round 24: a claim of having met the year's targets (超额完成年度计划 / 年度目标任务全面完成 / 均达到年度
预期 / 未能完成…任务), made in one place, on targets set in another and results stated in a third. The claim is read by
its grammar — [subject] [manner] verb [who set it] [scope] target-noun, or [scope] target-noun [manner] verb — and judged
on the targets its scope names (all of the year's own targets when it names none). Sentences invented; each shape in
several wordings, each with a broken twin and decoys that must stay quiet. Growth: rates listed after the levels and
their changes (分别减少…，分别下降…) follow the levels; a comparison after a 其中 list is the total's; 由A…到B，新增C
reads C as the change (any verb of reaching: 增至, 发展到, 调整为)."""
import pytest

from analysis.rules.growth import growth
from analysis.rules.targets import target_met
from rules_cases import run
from rules_cases import verdicts_on as _on


def _alarms(rows: list[dict]) -> list[str]:
    return [r["span"] for r in rows if r["verdict"] == "inconsistent"]


# --- a closing claim on the targets set in a paragraph of their own ------------------------------------------------
# (targets section, results section, closing claim) in other words, units, orders; {a} is the value that makes the
# claim true (ok) or false (bad)

_CLOSING = [
    # verb first, the object names the field of the targets with who set it
    ("一、年度目标\n县民政局年初下达：全年新建村级养老服务站15个，培训养老护理人员400人次。\n"
     "二、完成情况\n全年新建村级养老服务站{a}个，培训养老护理人员436人次，建成老年食堂6个。\n"
     "三、总体评价\n总的来看，我镇超额完成县民政局下达的年度养老服务工作任务。\n",
     "超额完成县民政局下达的年度养老服务工作任务", "17", "13"),
    # noun first, manner after it, the claim in a sentence of its own
    ("一、工作目标\n公司年初确定：全年完成营业收入8.6亿元，安全事故死亡人数控制在2人以内。\n"
     "二、经营情况\n全年实现营业收入{a}亿元，未发生安全死亡事故，新签合同额12.4亿元。\n"
     "三、结语\n本年度经营目标全面完成，发展质量稳步提升。\n",
     "本年度经营目标全面完成", "9.02", "8.31"),
    # a plan, not a target; verb after 已; Chinese-style list with 、
    ("一、年度计划\n学院年初计划：招收研究生320人、新增博士学位授权点1个、承办学术会议6场。\n"
     "二、执行情况\n全年招收研究生{a}人，新增博士学位授权点1个，承办学术会议7场，发表论文212篇。\n"
     "三、总体情况\n综上，学院年度工作计划已全部完成。\n",
     "学院年度工作计划已全部完成", "335", "298"),
    # a ceiling among the targets, the claim on 预期
    ("一、主要预期目标\n全区年初提出：城镇新增就业6000人以上，城镇登记失业率控制在4.0%以内。\n"
     "二、主要成效\n全年城镇新增就业6312人，城镇登记失业率为{a}%，发放创业担保贷款1.8亿元。\n"
     "三、总体评价\n总体来看，全区就业工作均达到年度预期。\n",
     "均达到年度预期", "3.6", "4.3"),
    # money, a 不低于 floor, the claim with 圆满 and 了
    ("一、绩效目标\n根据年初批复，项目年度目标为：完成投资不低于2.40亿元，新建道路12.5公里。\n"
     "二、实施情况\n全年完成投资{a}亿元，新建道路13.1公里，改造桥梁3座。\n"
     "三、自评结论\n综上，项目圆满完成了年度绩效目标。\n",
     "圆满完成了年度绩效目标", "2.56", "2.18"),
]


@pytest.mark.parametrize("text,claim,ok,bad", _CLOSING)
def test_closing_claim_holds(text, claim, ok, bad):
    rows = run(target_met, text.format(a=ok), 2025)
    assert _on(rows, claim) and set(_on(rows, claim)) == {"consistent"}
    assert _alarms(rows) == []


@pytest.mark.parametrize("text,claim,ok,bad", _CLOSING)
def test_closing_claim_broken(text, claim, ok, bad):
    assert "inconsistent" in _on(run(target_met, text.format(a=bad), 2025), claim)


# --- a claim that names its metric is judged on that target only ---------------------------------------------------

_NAMED = ("一、年度计划\n学校年初下达国际学生招生计划300人，新签校际合作协议12份，选派学生出国交流500人次。\n"
          "二、完成情况\n全年实际招收国际学生{a}人，新签校际合作协议{b}份，选派学生出国交流536人次。\n"
          "三、总结\n本年度国际学生招生超额完成学校下达计划，国际化办学水平稳步提升。\n")


def test_claim_naming_its_metric_holds():
    # the agreements fell short, but the claim is on the admissions only
    rows = run(target_met, _NAMED.format(a="327", b="10"), 2025)
    assert _on(rows, "国际学生招生超额完成学校下达计划") == ["consistent"]


def test_claim_naming_its_metric_broken():
    assert "inconsistent" in _on(run(target_met, _NAMED.format(a="286", b="14"), 2025), "国际学生招生超额完成学校下达计划")


_NAMED2 = ("一、目标任务\n按照集团分解，公司年度研发投入目标为1.5亿元，新增授权发明专利15件。\n"
           "二、完成情况\n全年研发投入{a}亿元，新增授权发明专利18件，建成省级企业技术中心1个。\n"
           "三、下一步工作\n2026年公司研发投入力争达到1.8亿元。\n"
           "综上，公司圆满完成了年度研发投入和专利目标。\n")  # (a closing summary under the heading of plans)


def test_claim_naming_two_metrics_holds():
    assert _on(run(target_met, _NAMED2.format(a="1.62"), 2025), "圆满完成了年度研发投入和专利目标") == ["consistent"]


def test_claim_naming_two_metrics_broken():
    assert "inconsistent" in _on(run(target_met, _NAMED2.format(a="1.38"), 2025), "圆满完成了年度研发投入和专利目标")


# --- decoys: no alarm ----------------------------------------------------------------------------------------------

def test_higher_level_target_is_not_the_units_own():
    # the county's target of 2000 is not the township's; the township's own 120 is exceeded
    text = ("一、目标任务\n县政府年初下达我镇新增市场主体任务120户。全县全年目标为新增市场主体2000户。\n"
            "二、完成情况\n全镇新增市场主体134户，其中企业41户、个体工商户93户。\n"
            "三、下步打算\n2026年力争新增市场主体150户以上。\n"
            "综上，我镇超额完成县下达的年度市场主体培育任务。\n")
    assert _alarms(run(target_met, text, 2025)) == []


def test_exhortation_is_no_claim():
    text = ("一、年度目标\n年初确定：全年新建村级养老服务站15个。\n"
            "二、完成情况\n全年新建村级养老服务站13个。\n"
            "三、下一步工作\n明年将加大投入，确保全面完成年度养老服务工作任务。\n")
    assert _alarms(run(target_met, text, 2025)) == []


def test_hedged_claim_with_shortfall_admitted():
    text = ("一、年度目标任务\n学校年初确定：引进高层次人才40人，新增国家级一流本科课程8门。\n"
            "二、完成情况\n全职引进高层次人才37人；新增国家级一流本科课程9门。\n"
            "三、总体评价\n学校年度目标任务基本完成，除高层次人才引进外，其余指标均达到或超过预期。\n")
    assert _alarms(run(target_met, text, 2025)) == []


def test_next_years_targets_are_not_judged():
    # the targets after the claim are next year's
    text = ("一、完成情况\n全年新建村级养老服务站17个，培训养老护理人员436人次。\n"
            "总的来看，超额完成年度养老服务工作任务。\n"
            "二、2026年工作计划\n全年新建村级养老服务站25个，培训养老护理人员600人次。\n")
    assert _alarms(run(target_met, text, 2025)) == []


# --- a claim restating its values, or naming what the year's targets were not met on -------------------------------

_RESTATED = ("一、就业创业\n全年城镇新增就业{a}人，完成市下达目标5,500人的{p}%；城镇登记失业率3.2%，低于4%的控制目标。\n"
             "二、社会保障\n企业职工基本养老保险参保人数达到8.64万人。\n"
             "总体来看，新增就业{a}人、登记失业率3.2%等主要指标均达到年度预期。\n")


def test_claim_restating_values_holds():
    rows = run(target_met, _RESTATED.format(a="5832", p="106.0"), 2025)
    assert _on(rows, "等主要指标均达到年度预期") == ["consistent"]


def test_claim_restating_values_broken():
    rows = run(target_met, _RESTATED.format(a="5312", p="96.6"), 2025)
    assert "inconsistent" in _on(rows, "等主要指标均达到年度预期")


_DENIED = ("一、年度任务\n区政府年初下达：全年改造老旧小区42个，新增停车泊位3,000个。\n"
           "二、完成情况\n全年改造老旧小区{a}个，新增停车泊位3,120个。\n"
           "三、存在问题\n受资金拨付滞后影响，{c}。\n")
_DENIALS = ["没有完成区政府下达的老旧小区改造任务", "老旧小区改造任务尚未全部完成"]


@pytest.mark.parametrize("claim", _DENIALS)
def test_denied_claim_holds(claim):
    assert _on(run(target_met, _DENIED.format(a="38", c=claim), 2025), claim) == ["consistent"]


@pytest.mark.parametrize("claim", _DENIALS)
def test_denied_claim_broken(claim):
    # the text says the target was missed, the numbers say it was met
    assert _on(run(target_met, _DENIED.format(a="45", c=claim), 2025), claim) == ["inconsistent"]


def test_progress_at_mid_year_is_not_the_years_result():
    # 218.7 of 420 at mid-year is progress; the year's 456.3 meets the plan
    text = ("（二）投资进度\n上半年重大项目完成投资218.7亿元，占全年计划420亿元的52.1%；全年完成投资456.3亿元，超额完成年度计划。\n")
    assert _alarms(run(target_met, text, 2019)) == []


def test_field_named_by_no_target_is_left_alone():
    text = ("一、年度目标\n年初确定：全年新建村级养老服务站15个。\n二、完成情况\n全年新建村级养老服务站13个。\n"
            "三、总结\n全年，文化惠民和体育健身均超额完成年度任务。\n")
    assert _alarms(run(target_met, text, 2025)) == []


# --- a completion percentage of a level set as the target (both percentages) ----------------------------------------

_PCT_OF_LEVEL = [
    ("普惠性幼儿园覆盖率达到81.5%，年度目标为82%，完成目标值的{p}%，基本完成。", "99.4", "97.4"),
    ("全市森林覆盖率为45.2%，市定目标45.0%，完成目标的{p}%。", "100.4", "101.4"),
    ("（三）城镇污水集中处理率达到93.6%，目标值95%，为目标值的{p}%。", "98.5", "96.5"),
    ("农作物秸秆综合利用率92.1%，省下达目标90%，完成目标任务的{p}%，超额完成。", "102.3", "103.3"),
    ("家庭医生签约率为63.2%，年度计划指标为65%，完成计划的{p}%。", "97.2", "95.2"),
]


@pytest.mark.parametrize("text,ok,bad", _PCT_OF_LEVEL)
def test_pct_of_a_level_target(text, ok, bad):
    assert [r["verdict"] for r in run(target_met, text.format(p=ok), 2022)] == ["consistent"]
    assert [r["verdict"] for r in run(target_met, text.format(p=bad), 2022)] == ["inconsistent"]


# --- a budget spent under, with the saving stated, is a ceiling kept ------------------------------------------------

@pytest.mark.parametrize("text", [
    "全年完成政府采购预算5.82亿元，实际采购金额5.31亿元，节约资金0.51亿元，资金节约率8.8%。",
    "项目招标控制价（预算）3,260万元，中标金额2,984万元，节约财政资金276万元。",
    "完成年度培训预算186万元，实际使用172万元，结余14万元。",
])
def test_budget_with_saving_is_no_target_missed(text):
    assert _alarms(run(target_met, text, 2013)) == []


# --- growth: rates listed after the levels and their changes ------------------------------------------------------

_LISTED_RATES = [
    ("全县发生生产安全事故3起、死亡2人，同比分别减少2起、1人（上年同期为5起、3人），分别下降{p}%和33.3%。", "40.0", "33.3"),
    ("全市共发生火灾126起、直接经济损失85.2万元，比上年分别减少14起、10.3万元，分别下降{p}%和10.8%。", "10.0", "11.1"),
    ("全年受理信访事项1,860件、4,120人次，较上年分别减少140件、380人次，分别下降{p}%、8.4%。", "7.0", "8.4"),
    ("道路交通事故起数和死亡人数分别为48起、21人，同比分别减少12起、4人，分别下降{p}%和16.0%。", "20.0", "25.0"),
    ("全区刑事案件立案2,316起、抓获犯罪嫌疑人1,024人，同比分别减少284起、96人，依次下降{p}%、8.6%。", "10.9", "12.3"),
]


@pytest.mark.parametrize("text,ok,bad", _LISTED_RATES)
def test_rates_follow_the_levels_not_the_changes(text, ok, bad):
    good = [r for r in run(growth, text.format(p=ok), 2022) if "%" in r["computed"]]
    assert [r["verdict"] for r in good] == ["consistent", "consistent"]
    assert "inconsistent" in [r["verdict"] for r in run(growth, text.format(p=bad), 2022)]


# --- growth: a comparison right after a 其中 list of parts is the total's ------------------------------------------

@pytest.mark.parametrize("text,ok,bad", [
    ("市政府共承办政协提案186件，其中集体提案42件、委员提案144件，比上年的172件增长{p}%。", "8.1", "9.1"),
    ("全年办理行政复议案件312件，其中维持196件、撤销48件、调解68件，比上年的260件增加{p}%。", "20.0", "22.0"),
    ("全县共有养老机构58家，其中公办34家、民办24家，较上年的50家增长{p}%。", "16.0", "17.0"),
])
def test_comparison_after_parts_is_the_totals(text, ok, bad):
    assert [r["verdict"] for r in run(growth, text.format(p=ok), 2021)] == ["consistent"]
    assert [r["verdict"] for r in run(growth, text.format(p=bad), 2021)] == ["inconsistent"]


# --- growth: 由A…到B，新增C，增长p%: C is the change, B the level ----------------------------------------------------

_FROM_TO_LEVEL = [
    ("全市国家高新技术企业由126家增至158家，新增32家，增长{p}%；科技型中小企业入库412家。", "25.4", "27.4"),
    ("全区科技型中小企业由412家增加到486家，新增74家，增长{p}%。", "18.0", "16.0"),
    ("全县农民专业合作社从上年末的1,240家发展到1,396家，净增156家，增幅{p}%。", "12.6", "13.6"),
    ("全镇家庭农场由45家增加至63家，新增18家，增长{p}%，其中省级示范家庭农场5家。", "40.0", "45.0"),
    ("城区公共停车泊位从上年的2.36万个发展到2.81万个，增长{p}%。", "19.1", "18.1"),
]


@pytest.mark.parametrize("text,ok,bad", _FROM_TO_LEVEL)
def test_rate_from_one_level_to_another(text, ok, bad):
    good = run(growth, text.format(p=ok), 2023)
    assert "inconsistent" not in [r["verdict"] for r in good]
    assert "consistent" in [r["verdict"] for r in good if f"stated {ok}%" in r["computed"]]
    assert "inconsistent" in [r["verdict"] for r in run(growth, text.format(p=bad), 2023)]


def test_new_count_with_no_levels_is_no_change():
    # a decoy: 新增 names a flow of its own, no level reached before it
    text = "全年培训农村劳动力1,200人，新增转移就业320人，增长6.7%。"
    assert "inconsistent" not in [r["verdict"] for r in run(growth, text, 2023)]


# --- a claim carrying its own target; the value achieved stated before, its name's words in another order ----------

_CARRYING = [
    ("一、用水\n全市总用水量{a}亿立方米，其中农业用水8.12亿立方米。\n二、总结\n全年用水总量控制在省下达的13.20亿立方米指标以内。\n",
     "全年用水总量控制在省下达的13.20亿立方米指标以内", "12.85", "13.45"),
    ("一、造林\n全年完成植树造林{a}万亩，森林抚育5.1万亩。\n二、总结\n我局完成了市下达的植树造林3.5万亩任务。\n",
     "我局完成了市下达的植树造林3.5万亩任务", "3.62", "3.32"),
    ("一、安全\n全年发生生产安全事故21起，死亡人数{a}人。\n二、总结\n全年事故死亡人数控制在市下达的16人以内。\n",
     "全年事故死亡人数控制在市下达的16人以内", "14", "17"),
    ("一、粮食\n全县粮食总产量达到{a}万吨，比上年增加0.4万吨。\n二、总结\n全县粮食生产超额完成了18万吨的年度目标。\n",
     "全县粮食生产超额完成了18万吨的年度目标", "18.6", "17.6"),
    ("（一）就业\n全年城镇新增就业{a}人，其中高校毕业生1,210人。\n（二）小结\n新增城镇就业实现了县下达的6,000人目标任务。\n",
     "新增城镇就业实现了县下达的6,000人目标任务", "6,320", "5,860"),
]


@pytest.mark.parametrize("text,claim,ok,bad", _CARRYING)
def test_claim_carrying_its_target(text, claim, ok, bad):
    assert _on(run(target_met, text.format(a=ok), 2020), claim) == ["consistent"]
    assert _on(run(target_met, text.format(a=bad), 2020), claim) == ["inconsistent"]


def test_claim_carrying_its_target_with_two_values_named_alike_is_left_alone():
    # a decoy: two values of the unit are named alike (城区 and 郊区), which one the target is of is not said
    text = ("一、用水\n城区总用水量4.2亿立方米，郊区总用水量9.25亿立方米。\n二、总结\n用水总量控制在省下达的8.50亿立方米指标以内。\n")
    assert _alarms(run(target_met, text, 2020)) == []


# --- a sentence opening on the plan, under a heading of the year's plan, sets every figure in it ---------------------

@pytest.mark.parametrize("head,plan", [
    ("一、年度计划", "计划全年接待游客520万人次，实现旅游收入46亿元。"),
    ("一、年度旅游计划", "年度计划：全年接待游客520万人次，实现旅游收入46亿元。"),
    ("一、全年工作计划", "局里计划全年接待游客520万人次，实现旅游收入46亿元。"),
])
def test_plan_sentence_sets_each_figure(head, plan):
    text = head + "\n" + plan + "\n二、完成情况\n全年接待游客548万人次，完成计划的105.4%；实现旅游收入44.2亿元，完成计划的{p}%。\n"
    assert _on(run(target_met, text.format(p="96.1"), 2025), "完成计划的96.1%") == ["consistent"]
    assert _on(run(target_met, text.format(p="91.1"), 2025), "完成计划的91.1%") == ["inconsistent"]


# --- growth: a rate whose clause names only its metric; the year's value and last year's stated elsewhere -----------

_NAMED_ELSEWHERE = [
    ("一、项目概况\n本项目年度预算860万元，其中中央补助420万元。上年度项目预算为780万元。\n"
     "二、执行情况\n全年实际支出812万元，执行率94.4%，年度预算比上年增长{p}%。\n", "10.3", "12.1"),
    ("一、概况\n全县一般公共预算收入完成13.62亿元。\n二、附注\n2019年全县一般公共预算收入为12.18亿元。\n"
     "三、分析\n全县财政运行平稳，一般公共预算收入比上年增长{p}%。\n", "11.8", "13.8"),
    ("一、基本情况\n全市在校小学生12.37万人，初中在校生5.91万人。\n二、附：上年基数\n2019年全市小学在校生为11.95万人，"
     "初中在校生为5.86万人。\n三、变化\n小学在校生比上年增长{p}%。\n", "3.5", "4.6"),
    ("（一）案件\n全年共受理各类案件3,260件，审结3,104件。\n（二）对比\n去年受理各类案件2,980件。\n"
     "（三）小结\n今年受理案件数同比增长{p}%。\n", "9.4", "8.4"),
    ("一、规模\n全区规上工业企业实现营业收入286.4亿元。\n二、对比\n2019年全区规上工业企业营业收入为251.2亿元。\n"
     "三、分析\n规上工业营业收入比上年增长{p}%。\n", "14.0", "12.0"),
]


@pytest.mark.parametrize("text,ok,bad", _NAMED_ELSEWHERE)
def test_rate_on_values_named_elsewhere(text, ok, bad):
    assert [r["verdict"] for r in run(growth, text.format(p=ok), 2020)] == ["consistent"]
    assert [r["verdict"] for r in run(growth, text.format(p=bad), 2020)] == ["inconsistent"]


def test_rate_named_elsewhere_with_two_current_values_is_left_alone():
    # a decoy: 受理案件 stated twice with different values (one of them before a revision), which one grew is not said
    text = ("（一）案件\n全年共受理各类案件3,260件。经核减重复登记，全年受理各类案件3,120件。\n（二）对比\n去年受理各类案件2,980件。\n"
            "（三）小结\n今年受理案件数同比增长15.0%。\n")
    assert "inconsistent" not in [r["verdict"] for r in run(growth, text, 2020)]


# --- a claim right after its values on a target the text never states: unverifiable, whatever the order ------------

@pytest.mark.parametrize("text,claim", [
    ("全区被征地农民养老保险累计参保人数达到2.46万人，比上年末的1.98万人新增3,800人，参保扩面任务全面完成。", "参保扩面任务全面完成"),
    ("全年65岁以上老年人健康管理率达87.4%，高于省定目标。", "高于省定目标"),
    ("全年引进亿元以上项目23个，到位资金48.6亿元，招商引资目标任务圆满完成。", "招商引资目标任务圆满完成"),
    ("全年新建农村公路86公里，农村公路建设任务超额完成。", "农村公路建设任务超额完成"),
    ("全县中小学校舍维修改造面积3.2万平方米，超过市定目标要求。", "超过市定目标要求"),
])
def test_claim_on_an_unstated_target_is_unverifiable(text, claim):
    assert _on(run(target_met, "一、工作成效\n" + text + "\n", 2022), claim) == ["unverifiable"]


def test_claim_on_a_target_set_for_next_year_is_not_judged_on_it():
    # a decoy: the 90% is next year's, under a heading of plans
    text = ("一、2021年工作计划\n本项目计划培训农村实用人才800人次，培训合格率达到90%以上。\n"
            "二、2020年完成情况\n全年培训农村实用人才836人次，合格率为85.9%，培训任务顺利完成。\n")
    assert _alarms(run(target_met, text, 2020)) == []


# --- a completion rate in the clause after its value, the target set in the sentence before --------------------------

_RATE_AFTER_VALUE = [
    ("一、收支\n本年度调整后预算为3,850万元。全年实际支出3,712万元，执行率为{p}%。\n", "96.4", "94.4"),
    ("一、项目\n年初计划投资45亿元。全年完成投资47.3亿元，计划完成率{p}%。\n", "105.1", "107.1"),
    ("一、造林\n市下达我县年度造林任务2.4万亩。全县完成造林2.52万亩，任务完成率{p}%。\n", "105.0", "106.0"),
    ("一、培训\n年度计划培训新型职业农民1,500人。全年培训1,380人，完成率{p}%，未完成年度计划。\n", "92.0", "93.0"),
    ("一、改造\n年度目标为改造农村户厕2,400户。全年改造农村户厕2,530户，目标完成率{p}%。\n", "105.4", "104.4"),
    ("一、征收\n全年税收收入预算为18.6亿元。全年组织税收收入19.2亿元，预算完成率{p}%。\n", "103.2", "105.2"),
]


@pytest.mark.parametrize("text,ok,bad", _RATE_AFTER_VALUE)
def test_completion_rate_after_its_value(text, ok, bad):
    assert set(_on(run(target_met, text.format(p=ok), 2021), f"{ok}%")) == {"consistent"}
    assert "inconsistent" in _on(run(target_met, text.format(p=bad), 2021), f"{bad}%")


def test_completion_rate_of_another_metric_is_left_alone():
    # a decoy: the rate after 6,150 is of the second target (6000), which the sentence before lists without a target word
    text = ("年度目标任务为新增城镇就业2400人、农村劳动力转移就业6000人。"
            "全年新增城镇就业2,530人；农村劳动力转移就业6,150人，完成102.5%。\n")
    assert _alarms(run(target_met, text, 2020)) == []


# --- a bound kept (不低于下达任务N) is no gap to the target before it -------------------------------------------------

@pytest.mark.parametrize("text", [
    "全县实际耕地保有量63.18万亩，高于上级下达的62.40万亩目标；永久基本农田保护面积52.65万亩，不低于下达任务52.60万亩。",
    "全年新建保障性住房1,260套，超过省下达的1,200套目标；棚户区改造3,150户，未超过下达计划3,200户。",
    "森林覆盖率提高到46.2%；林木蓄积量286万立方米，不少于下达任务280万立方米。",
])
def test_bound_kept_is_no_gap(text):
    assert _alarms(run(target_met, "一、成效\n" + text + "\n", 2019)) == []


# --- a ceiling kept, claimed after the value by its indicator or budget (控制在…指标以内 / 控制在预算以内) ------------

_CEILING_BY_INDICATOR = [
    ("一、控制目标\n市下达我县年度控制指标：生产安全事故死亡人数控制在12人以内。\n二、完成情况\n全年发生生产安全事故21起、"
     "死亡{a}人，控制在市下达的指标以内。\n", "控制在市下达的指标以内", "11", "14"),
    ("一、年度目标\n年初确定：道路交通事故死亡人数控制在30人以内。\n二、成效\n全年道路交通事故死亡{a}人，控制在年度控制指标以内。\n",
     "控制在年度控制指标以内", "27", "33"),
    ("一、年度目标\n年初确定：全年火灾直接经济损失控制在500万元以内。\n二、成效\n全年发生火灾126起，直接经济损失{a}万元，"
     "控制在年度指标以内。\n", "控制在年度指标以内", "462", "538"),
    ("一、年度目标\n年初确定：全年“三公”经费支出控制在86万元以内。\n二、执行\n全年“三公”经费支出{a}万元，控制在预算以内。\n",
     "控制在预算以内", "81.6", "91.6"),
    ("一、目标\n年度目标为：城镇新增就业5000人，城镇登记失业率控制在4%以内。\n二、成效\n全年城镇新增就业5320人，"
     "城镇登记失业率{a}%，控制在指标以内。\n", "控制在指标以内", "3.8", "4.4"),
]


@pytest.mark.parametrize("text,claim,ok,bad", _CEILING_BY_INDICATOR)
def test_ceiling_claimed_by_its_indicator(text, claim, ok, bad):
    assert _on(run(target_met, text.format(a=ok), 2021), claim) == ["consistent"]
    assert _on(run(target_met, text.format(a=bad), 2021), claim) == ["inconsistent"]


# --- a target named with its noun after the metric (…下降目标为3.5% / …增长目标为8%) ---------------------------------

_NOUN_AFTER_NAME = [
    ("一、目标\n单位GDP能耗下降目标为3.5%。\n二、完成\n全年单位GDP能耗下降{a}%，完成年度节能目标。\n", "完成年度节能目标", "3.6", "3.2"),
    ("一、目标\n农村居民人均可支配收入增长目标为8%。\n二、完成情况\n全年农村居民人均可支配收入增长{a}%，完成年度目标。\n",
     "完成年度目标", "8.4", "7.4"),
    ("一、主要目标\n森林覆盖率目标为45%，新增造林面积目标为2万亩。\n二、完成情况\n全年森林覆盖率达到{a}%，新增造林2.3万亩，"
     "均完成年度目标。\n", "均完成年度目标", "45.6", "44.6"),
]


@pytest.mark.parametrize("text,claim,ok,bad", _NOUN_AFTER_NAME)
def test_target_noun_after_the_metric(text, claim, ok, bad):
    assert "inconsistent" not in _on(run(target_met, text.format(a=ok), 2021), claim)
    assert "inconsistent" in _on(run(target_met, text.format(a=bad), 2021), claim)


# --- who set the targets names no field of them; revenue named 预算收入 is a target to reach ----------------------------

_SETTER = [
    ("一、绩效目标\n2023年部门整体绩效目标为：开展职业技能培训1.2万人次，发放创业担保贷款2亿元，劳动保障监察结案率不低于95%。\n"
     "二、目标完成情况\n全年开展职业技能培训1.32万人次；发放创业担保贷款{a}亿元；劳动保障监察结案率97.2%。\n"
     "三、自评结论\n部门整体绩效目标均已完成，自评等级为优。\n", "部门整体绩效目标均已完成", "2.06", "1.86"),
    ("一、目标任务\n市政府年初下达我区的目标任务：实际利用外资1.2亿美元，新增规上工业企业25家。\n二、完成情况\n全年实际利用外资{a}亿美元，"
     "新增规上工业企业27家。\n三、总结\n综上，我区超额完成市政府下达的利用外资和企业培育任务。\n", "超额完成市政府下达的利用外资和企业培育任务",
     "1.31", "1.12"),
    ("一、目标\n公司党委会审定的年度经营目标为：营业收入12亿元，利润总额0.8亿元。\n二、完成\n全年实现营业收入{a}亿元，利润总额0.86亿元。\n"
     "三、结语\n公司圆满完成党委会审定的年度经营目标。\n", "公司圆满完成党委会审定的年度经营目标", "12.6", "11.4"),
    ("一、目标\n县政府年初核定我中心的年度考核目标：受理政务服务事项12万件，按时办结率不低于98%。\n二、完成情况\n全年受理政务服务事项"
     "{a}万件，按时办结率99.1%。\n三、总体评价\n中心超额完成县政府核定的年度考核目标。\n", "中心超额完成县政府核定的年度考核目标",
     "13.4", "11.2"),
    # (kept from before this round: who set them named in the subject, the noun first)
    ("一、2023年工作回顾\n县十八届人大三次会议确定的主要预期目标是：一般公共预算收入8.2亿元，城镇新增就业4,500人，城镇登记失业率控制在"
     "4%以内。过去一年，全县一般公共预算收入完成{a}亿元，城镇新增就业4,680人，城镇登记失业率3.6%。\n"
     "总的看，县十八届人大三次会议确定的目标任务全面完成。\n", "确定的目标任务全面完成", "8.36", "7.94"),
]


@pytest.mark.parametrize("text,claim,ok,bad", _SETTER)
def test_claim_naming_who_set_the_targets(text, claim, ok, bad):
    assert _on(run(target_met, text.format(a=ok), 2023), claim) == ["consistent"]
    assert "inconsistent" in _on(run(target_met, text.format(a=bad), 2023), claim)


def test_claim_naming_a_field_no_target_is_named_by_is_left_alone():
    # a decoy: 招商 names no target judged (利用外资 is not so named), so the claim is not known to be on it alone
    text = ("一、目标任务\n市政府年初下达我区的目标任务：实际利用外资1.2亿美元，新增规上工业企业25家。\n二、完成情况\n全年实际利用外资"
            "1.12亿美元，新增规上工业企业27家。\n三、总结\n综上，我区超额完成市政府下达的招商和企业培育任务。\n")
    assert _on(run(target_met, text, 2023), "超额完成市政府下达的招商和企业培育任务") in ([], ["unverifiable"])


# --- a claim of all targets met against completion percentages whose targets the text never states -----------------

_PCT_ONLY = [
    ("一、项目建设\n全年重点项目完成投资76.8亿元，完成年度计划的{p}%。\n二、民生实事\n新建农村公路131公里。\n三、总结\n"
     "总体看，全面完成了年度目标任务。\n", "全面完成了年度目标任务", "103.2", "93.2"),
    ("一、就业\n全年城镇新增就业5,780人，完成年度目标任务的{p}%；培训1,200人次，完成计划的105.0%。\n二、总结\n"
     "全年各项目标任务圆满完成。\n", "全年各项目标任务圆满完成", "101.3", "96.3"),
    ("一、招商\n全年招商引资到位资金48.6亿元，为年度任务的{p}%。\n二、结语\n综上，年度招商引资任务超额完成。\n",
     "年度招商引资任务超额完成", "108.0", "97.2"),
    ("（一）造林\n全县完成人工造林2.6万亩，占年度计划的{p}%。\n二、总体评价\n全县造林绿化目标任务均已完成。\n",
     "全县造林绿化目标任务均已完成", "104.0", "86.7"),
    ("一、收入\n全年实现旅游综合收入44.2亿元，完成年度目标的{p}%。\n二、小结\n总的来看，旅游工作圆满完成年度目标。\n",
     "旅游工作圆满完成年度目标", "100.5", "96.1"),
]


@pytest.mark.parametrize("text,claim,ok,bad", _PCT_ONLY)
def test_claim_against_completion_percentages(text, claim, ok, bad):
    assert _on(run(target_met, text.format(p=ok), 2023), claim) == ["consistent"]
    assert _on(run(target_met, text.format(p=bad), 2023), claim) == ["inconsistent"]


# --- growth: a change in points whose clause names its metric takes the level named so, not the nearest -------------

_PP_NAMED = [
    ("全年支出96874.1万元，预算执行率98.2%，其中基本支出61235.8万元、项目支出35638.3万元，执行率比上年的96.7%提高{p}个百分点。",
     "1.5", "2.5"),
    ("全县森林覆盖率达到46.3%，林木绿化率48.1%，森林覆盖率比上年的45.6%提高{p}个百分点。", "0.7", "2.5"),
    ("城镇化率为58.4%，户籍人口城镇化率41.2%，常住人口城镇化率较上年的57.1%提升{p}个百分点。", "1.3", "1.8"),
    ("全市空气质量优良天数比例为86.4%，重污染天数比例1.2%，优良天数比例比上年的83.9%提高{p}个百分点。", "2.5", "3.5"),
    ("全县参保率97.6%，续保率92.3%，参保率较上年的96.1%提高{p}个百分点。", "1.5", "3.8"),
]


@pytest.mark.parametrize("text,ok,bad", _PP_NAMED)
def test_points_change_of_the_level_named(text, ok, bad):
    assert [r["verdict"] for r in run(growth, text.format(p=ok), 2023)] == ["consistent"]
    assert [r["verdict"] for r in run(growth, text.format(p=bad), 2023)] == ["inconsistent"]


# --- 提出…不低于N%的要求，…达到了这一要求: a bound set in the clause before the claim, the bound's word in the figure ---

_THIS_BOUND = [
    ("今年承办建议200件，其中A类（已解决或基本解决）{a}件，占{p}%。去年区人大常委会提出A类比例不低于60%的要求，今年办理工作达到了这一要求。",
     "达到了这一要求", ("123", "61.5"), ("113", "56.5")),
    ("全年办理提案150件，其中B类{a}件，占{p}%。市政协年初提出B类比例不低于30%的要求，全年办理工作实现了这一要求。",
     "实现了这一要求", ("51", "34.0"), ("39", "26.0")),
    ("全年受理信访事项860件，其中网上信访{a}件，占{p}%。省里提出网上信访比例不低于50%的要求，我县达到了上述要求。",
     "达到了上述要求", ("473", "55.0"), ("387", "45.0")),
]


@pytest.mark.parametrize("text,claim,ok,bad", _THIS_BOUND)
def test_bound_set_before_this_claim(text, claim, ok, bad):
    assert _on(run(target_met, text.format(a=ok[0], p=ok[1]), 2021), claim) == ["consistent"]
    assert _on(run(target_met, text.format(a=bad[0], p=bad[1]), 2021), claim) == ["inconsistent"]


# --- growth: a part listed after 其中 is named by its words and the whole's head noun (医院 of 床位 → 医院床位) ---------

@pytest.mark.parametrize("text", [
    "一、病床\n全县医疗卫生机构床位4,860张，其中医院3,420张、乡镇卫生院1,280张。\n二、对比\n上年全县医院床位为3,150张。\n"
    "三、分析\n医院床位比上年增长{p}%。\n",
    "一、规模\n全市各级各类学校在校生28.46万人，其中学前教育5.12万人、小学12.37万人。\n二、附\n2014年全市小学在校生为11.95万人。\n"
    "三、变化\n小学在校生比上年增长{p}%。\n",
])
def test_rate_of_a_part_named_with_its_whole(text):
    ok = "8.6" if "医院" in text else "3.5"
    assert [r["verdict"] for r in run(growth, text.format(p=ok), 2015)] == ["consistent"]
    # (a wrong rate is not called consistent; the pairing of a part is left to doubt, so it stays unverifiable)
    assert "consistent" not in [r["verdict"] for r in run(growth, text.format(p="4.6"), 2015)]


@pytest.mark.parametrize("claim", ["2022年，我局超额完成年度目标任务。", "去年，我局圆满完成了年度目标任务。"])
def test_claim_dated_to_another_year_is_not_judged_on_this_years_targets(claim):
    # a decoy: the claim looks back at another year; this year's shortfall says nothing about it
    text = ("一、年度目标\n年初确定：全年新建村级养老服务站15个。\n二、完成情况\n全年新建村级养老服务站13个。\n三、回顾\n" + claim + "\n")
    assert _alarms(run(target_met, text, 2023)) == []


# --- a hedged claim of half the year's target (基本实现“时间过半、任务过半”) admits falling a little short ------------

@pytest.mark.parametrize("text", [
    "上半年营业收入完成全年目标38亿元的49.1%，基本实现“时间过半、任务过半”。",
    "1-6月完成固定资产投资42.3亿元，占年度计划的47.6%，总体实现时间过半任务过半。",
    "上半年新增城镇就业2,860人，完成全年目标任务的48.2%，基本实现“双过半”。",
])
def test_hedged_half_way_claim_is_no_alarm(text):
    assert _alarms(run(target_met, "一、上半年工作\n" + text + "\n", 2025)) == []


def test_half_way_claim_without_hedge_still_judged():
    text = "一、上半年工作\n上半年营业收入完成全年目标38亿元的41.3%，实现“时间过半、任务过半”。\n"
    assert "inconsistent" in [r["verdict"] for r in run(target_met, text, 2025)]


# --- review of round 24 (mends): readings that had reached too far ---------------------------------------------------

_SET_TWO = "一、年度目标\n年初确定：全年新建村级养老服务站15个，培训养老护理人员400人次。\n二、完成情况\n全年新建村级养老服务站{a}个，培训养老护理人员{b}人次。\n三、{h}\n{c}\n"


@pytest.mark.parametrize("claim", ["护理人员培训质量达到预期。", "参训人员满意度调查显示，护理人员培训满意度达到预期目标。"])
def test_claim_on_a_quality_is_not_on_the_count(claim):
    # a decoy: how well the training went says nothing of how many were trained (380 of 400)
    assert _alarms(run(target_met, _SET_TWO.format(a="16", b="380", h="培训质量", c=claim), 2025)) == []


def test_claim_on_the_count_of_the_same_work_still_judged():
    text = _SET_TWO.format(a="16", b="380", h="总结", c="护理人员培训超额完成年度任务。")
    assert "inconsistent" in _on(run(target_met, text, 2025), "护理人员培训超额完成年度任务")


@pytest.mark.parametrize("claim", ["养老服务站验收工作全部完成。", "养老服务站的设计和选址工作均已完成。"])
def test_bare_claim_with_all_is_on_its_own_work_only(claim):
    # a decoy: 全部 / 均 of a bare claim is all of that work, not every target set beside the one it names (380 of 400)
    assert _alarms(run(target_met, _SET_TWO.format(a="16", b="380", h="其他工作", c=claim), 2025)) == []


def test_bare_claim_with_all_still_judged_on_its_target():
    text = _SET_TWO.format(a="13", b="420", h="其他工作", c="养老服务站建设全部完成。")
    assert _on(run(target_met, text, 2025), "养老服务站建设全部完成") == ["inconsistent"]


@pytest.mark.parametrize("claim", ["护理人员培训工作基本完成。", "护理人员培训任务较好完成。"])
def test_hedged_claim_admits_a_small_shortfall(claim):
    # 380 of 400 (95%): 基本完成 says as much; one target, so "most of the targets" cannot be what admits it
    assert _on(run(target_met, _SET_TWO.format(a="16", b="380", h="总结", c=claim), 2025), claim[:-1]) == ["consistent"]


def test_hedged_claim_far_short_still_judged():
    text = _SET_TWO.format(a="16", b="180", h="总结", c="护理人员培训工作基本完成。")
    assert _on(run(target_met, text, 2025), "护理人员培训工作基本完成") == ["inconsistent"]


_CARRY_DATED = "一、用水\n全市总用水量12.85亿立方米。\n二、总结\n{c}全市用水总量控制在省下达的12.20亿立方米指标以内。\n"


@pytest.mark.parametrize("lead", ["2026年，", "去年，"])
def test_claim_carrying_a_target_of_another_year_is_left_alone(lead):
    # a decoy: the ceiling of another year is no ceiling the year's 12.85 should have kept
    assert _alarms(run(target_met, _CARRY_DATED.format(c=lead), 2025)) == []


def test_claim_carrying_a_target_of_this_year_still_judged():
    assert "inconsistent" in _on(run(target_met, _CARRY_DATED.format(c=""), 2025), "控制在省下达的12.20亿立方米指标以内")


# growth: a comparison after a 其中 list that names its part is the part's, not the total's
_PART_NAMED = "共承办提案186件，其中集体提案42件、委员提案144件，{s}比上年的130件增长{p}%。"


@pytest.mark.parametrize("s", ["委员提案", "委员提案数"])
def test_comparison_naming_its_part_is_the_parts(s):
    assert [r["verdict"] for r in run(growth, _PART_NAMED.format(s=s, p="10.8"), 2021)] == ["consistent"]
    assert [r["verdict"] for r in run(growth, _PART_NAMED.format(s=s, p="20.8"), 2021)] == ["inconsistent"]


# growth: a metric named elsewhere is not another one that holds its words plus one (出口 of 进出口, 税收 of 非税)
_NAMED_ELSEWHERE_OTHER = [
    "一、贸易\n全年进出口总额52.0亿元。\n二、附注\n2024年全市出口总额为30.0亿元。\n三、分析\n全市出口总额比上年增长{p}%。\n",
    "一、收入\n全年税收收入8.62亿元。\n二、附注\n2024年全县非税收入为2.30亿元。\n三、分析\n全县非税收入比上年增长{p}%。\n",
]


@pytest.mark.parametrize("text", _NAMED_ELSEWHERE_OTHER)
def test_rate_named_elsewhere_takes_no_other_metric(text):
    assert _alarms(run(growth, text.format(p="8.0"), 2025)) == []


@pytest.mark.parametrize("p,verdict", [("15.0", "consistent"), ("8.0", "inconsistent")])
def test_rate_named_elsewhere_takes_its_own_metric(p, verdict):
    text = ("一、贸易\n全年出口总额34.5亿元，进出口总额52.0亿元。\n二、附注\n2024年全市出口总额为30.0亿元。\n三、分析\n"
            "全市出口总额比上年增长{p}%。\n").format(p=p)
    assert [r["verdict"] for r in run(growth, text, 2025)] == [verdict]


def test_rate_named_elsewhere_value_said_done():
    # 已整改金额 is the 整改金额 the rate names (已 says when, not what)
    text = "一、整改\n已整改金额2.31亿元。\n二、对比\n上年审计整改金额为2.08亿元。\n三、小结\n今年整改金额比上年增长{p}%。\n"
    assert [r["verdict"] for r in run(growth, text.format(p="11.1"), 2025)] == ["consistent"]
    assert [r["verdict"] for r in run(growth, text.format(p="12.4"), 2025)] == ["inconsistent"]


@pytest.mark.parametrize("text", [
    "全市城镇化率62.0%，地区生产总值增长6.5%，年度目标为7%，完成目标的92.9%。",
    "普惠性幼儿园覆盖率达到81.5%，比上年增长3.2%，年度目标为82%，完成目标值的99.4%。",
])
def test_pct_of_a_level_target_never_reaches_past_the_level_before_it(text):
    # a decoy: the percentage right before the target is a rate of change and the target is not named as one (or the
    # other way round), so which level the percentage of the target is of is not said; an older one is not taken
    assert _alarms(run(target_met, text, 2022)) == []


@pytest.mark.parametrize("p,verdict", [("92.9", "consistent"), ("95.9", "inconsistent")])
def test_pct_of_a_rate_target(p, verdict):
    text = f"全县城镇化率62.0%，地区生产总值增长6.5%，增速目标为7%，为目标值的{p}%。"
    assert [r["verdict"] for r in run(target_met, text, 2022)] == [verdict]


@pytest.mark.parametrize("text", [
    "全市常住人口城镇化率62.5%，户籍人口城镇化率48.1%，城镇化率比上年的61.8%提高0.7个百分点。",
    "全县高中毛入学率92.4%，学前三年毛入园率88.1%，毛入学率比上年的91.9%提高0.5个百分点。",
])
def test_points_change_whose_name_fits_two_levels_is_left_alone(text):
    # a decoy: the clause's name fits both levels before it, so the nearest is not taken for the one that moved
    assert _alarms(run(growth, text, 2023)) == []


@pytest.mark.parametrize("p,verdict", [("0.7", "consistent"), ("1.7", "inconsistent")])
def test_points_change_whose_name_fits_one_level(p, verdict):
    text = f"全市常住人口城镇化率62.5%，户籍人口城镇化率48.1%，常住人口城镇化率比上年的61.8%提高{p}个百分点。"
    assert [r["verdict"] for r in run(growth, text, 2023)] == [verdict]


_FIELD_ALL = ("一、年度目标\n年初确定：全年城镇新增就业6000人以上，城镇登记失业率控制在4.0%以内，新建村级养老服务站15个。\n"
              "二、完成情况\n全年城镇新增就业6312人，城镇登记失业率为{u}%，新建村级养老服务站{n}个。\n三、总体评价\n{c}\n")


@pytest.mark.parametrize("claim", ["总体来看，全区就业工作均达到年度预期。", "全年，就业创业工作均完成年度目标。"])
def test_all_of_a_field_is_not_every_target_set_beside_it(claim):
    # a decoy: 均 of 就业工作 covers the targets of employment, not the care stations (12 of 15) set in the same sentence
    assert _alarms(run(target_met, _FIELD_ALL.format(u="3.6", n="12", c=claim), 2025)) == []


def test_all_of_a_field_still_judged_on_its_targets():
    text = _FIELD_ALL.format(u="4.3", n="16", c="总体来看，全区就业工作均达到年度预期。")
    assert "inconsistent" in _on(run(target_met, text, 2025), "全区就业工作均达到年度预期")


@pytest.mark.parametrize("value", ["2024年全市用水总量13.45亿立方米。", "全省用水总量250.6亿立方米。"])
def test_claim_carrying_its_target_takes_no_value_of_another_year_or_place(value):
    # a decoy: last year's use, or the province's, is not the city's use of this year the ceiling is on
    text = "一、用水\n" + value + "\n二、总结\n全市用水总量控制在省下达的13.20亿立方米指标以内。\n"
    assert _alarms(run(target_met, text, 2025)) == []


@pytest.mark.parametrize("a,verdict", [("12.85", "consistent"), ("13.45", "inconsistent")])
def test_claim_carrying_its_target_takes_the_value_of_its_year_and_place(a, verdict):
    text = f"一、用水\n2025年全市用水总量{a}亿立方米，全省用水总量250.6亿立方米。\n二、总结\n全市用水总量控制在省下达的13.20亿立方米指标以内。\n"
    assert _on(run(target_met, text, 2025), "控制在省下达的13.20亿立方米指标以内") == [verdict]


@pytest.mark.parametrize("text", [
    "全市实有市场主体12.3万户，新增1.8万户，增长7.1%。",
    "全县累计建成5G基站1,860个，新增320个，增长12.0%。",
])
def test_new_count_after_a_level_is_no_change_of_it(text):
    # a decoy: with no level it grew from (由…到…), 新增 is a flow of its own, and the rate may be the flow's growth
    assert _alarms(run(growth, text, 2025)) == []


@pytest.mark.parametrize("p,verdict", [("17.1", "consistent"), ("7.1", "inconsistent")])
def test_new_count_between_two_levels_is_their_change(p, verdict):
    text = f"全市实有市场主体由10.5万户增加到12.3万户，新增1.8万户，增长{p}%。"
    assert verdict in [r["verdict"] for r in run(growth, text, 2025)]


@pytest.mark.parametrize("claim", ["养老服务站运营补贴尚未全部完成年度计划。", "护理人员培训补助资金未能全部完成年度计划。"])
def test_field_named_as_money_is_no_count_target(claim):
    # a decoy: the subsidies of the care stations are money, not the stations built (16 of 15) or the people trained
    assert _alarms(run(target_met, _SET_TWO.format(a="16", b="436", h="存在问题", c=claim), 2025)) == []


def test_field_named_as_the_work_still_judged():
    text = _SET_TWO.format(a="16", b="436", h="存在问题", c="养老服务站建设尚未全部完成年度计划。")
    assert _on(run(target_met, text, 2025), "养老服务站建设尚未全部完成年度计划") == ["inconsistent"]
