"""cross_reference, round 12: a place's count named by a two-character verb (全乡脱贫1386人) is a metric, and the one
metric of the place's sentences ending in that verb (贫困人口脱贫) is read under it; in a project's own evaluation
report the project (本项目, 项目) is the reporter and no part of a metric's name."""
from analysis.rules.crossref import cross_reference

from rules_cases import run, verdicts


def _inconsistent(text, year=2020):
    return [r["stated"] for r in run(cross_reference, text, year) if r["verdict"] == "inconsistent"]


# ---------------------------------------------------------------- a place and a verb
def test_place_and_verb_is_a_metric():
    assert _inconsistent("全乡脱贫1386人。\n二、其他\n全乡脱贫1368人。") == ["1386人; 1368人"]
    assert "inconsistent" not in verdicts(cross_reference, "全乡脱贫1386人。\n二、其他\n全乡脱贫1386人。", 2020)
    # 情况通报, another author: the town's count of those resettled, restated under the noun that does it
    text = ("一、基本情况\n全镇易地扶贫搬迁对象218户，搬迁群众安置856人。\n"
            "二、工作成效\n经复核，全镇共安置865人，后续扶持措施已落实。")
    assert _inconsistent(text) == ["856人; 865人"]
    text = text.replace("865人", "856人")
    assert "inconsistent" not in verdicts(cross_reference, text, 2020)


def test_place_and_verb_decoys():
    # a generic verb after a place (全县新增, 全市完成) names nothing
    text = "全县新增1200人。\n二、就业\n全县新增1350人，城镇登记失业率3.1%。"
    assert "inconsistent" not in verdicts(cross_reference, text, 2020)
    # two places are two scopes
    text = "全乡脱贫1386人。\n二、全县\n全县脱贫5368人。"
    assert "inconsistent" not in verdicts(cross_reference, text, 2020)
    # two metrics ending in the verb: which one the place's count restates is unsure
    text = ("全乡贫困人口脱贫1386人，因病致贫人口脱贫326人。\n二、成果\n全乡脱贫1368人。")
    assert "inconsistent" not in verdicts(cross_reference, text, 2020)
    # a part under 其中 is not the place's count
    text = "全乡建档立卡贫困人口1420人，其中贫困人口脱贫1386人。\n二、成果\n全乡脱贫1412人。"
    assert "inconsistent" not in verdicts(cross_reference, text, 2020)


# ---------------------------------------------------------------- a project's own report
_PROJECT = "某县2020年农村公路养护项目支出绩效自评报告\n"


def test_project_is_the_reporter_in_its_own_report():
    text = (_PROJECT + "本项目年度预算资金1850万元，实际到位资金1850万元；实际支出1796万元，支出率97.1%。\n"
            "二、绩效\n全年项目实际支出1769万元，完成各项建设任务。")
    assert _inconsistent(text) == ["1796万元; 1769万元"]
    assert "inconsistent" not in verdicts(cross_reference, text.replace("1769万元", "1796万元"), 2020)
    # another phrasing: a table flattened into a line, then the summary
    text = ("2020年度乡村振兴示范项目绩效评价报告\n资金情况：项目预算2460万元，项目实际支出2310万元。\n"
            "评价结论：本项目实际支出2130万元，绩效等级为良。")
    assert _inconsistent(text) == ["2310万元; 2130万元"]


def test_project_of_a_department_stays_a_part():
    # in a department's report a project's spending is a part of the department's
    text = ("某县交通运输局2020年度部门整体支出绩效自评报告\n全年实际支出1796万元。\n"
            "二、项目情况\n全年项目实际支出769万元，完成各项建设任务。")
    assert "inconsistent" not in verdicts(cross_reference, text, 2020)


# ---------------------------------------------------------------- a bare noun after a count of a subject
def test_bare_noun_after_a_subject_count_is_the_subjects():
    text = "全县共有养老机构42家，床位3860张。\n二、养老服务\n全县养老机构床位3680张。"
    assert _inconsistent(text) == ["3860张; 3680张"]
    assert "inconsistent" not in verdicts(cross_reference, text.replace("3680张", "3860张"), 2020)
    # 调研报告, another author: a flattened table line then the summary
    text = ("调研情况：全区现有社区卫生服务中心18个，床位620张，卫生技术人员1460人。\n"
            "调研结论：全区社区卫生服务中心床位602张，基本满足需求。")
    # (the later metric named short, 中心床位, is left alone: a shorter name may be a wider or narrower class)
    assert "inconsistent" not in verdicts(cross_reference, text, 2020)
    text = ("全区现有农村幸福院18个，床位620张，护理人员146人。\n"
            "二、结论\n全区农村幸福院床位602张，基本满足需求。")
    assert _inconsistent(text) == ["620张; 602张"]


def test_bare_noun_decoys():
    # the subject's attribute named in full nowhere: no reading
    text = "全县共有民办幼儿园42所，教师3860人。\n二、教育\n全县幼儿园教师5680人。"
    assert "inconsistent" not in verdicts(cross_reference, text, 2020)
    # a part under 其中 heads no subject
    text = "全县养老床位6200张，其中养老机构42家，床位3860张。\n二、养老\n全县养老机构床位3860张。"
    assert "inconsistent" not in verdicts(cross_reference, text, 2020)


# ---------------------------------------------------------------- date_valid: 2月29日 opening a range
def test_feb_29_of_a_common_year_opening_a_range():
    from analysis.rules.dates import date_valid
    rows = run(date_valid, "2019年2月29日至3月31日开展“春雷行动”，拘留被执行人63人。", 2019)
    assert [r["verdict"] for r in rows] == ["inconsistent"]
    assert not run(date_valid, "2020年2月29日至3月31日开展专项行动，共检查企业63家。", 2020)
    assert not run(date_valid, "农历2019年2月29日至3月1日举办庙会。", 2019)
    assert len(run(date_valid, "2019年2月29日，全县召开大会。", 2019)) == 1


# ---------------------------------------------------------------- enumeration_count: 与 inside items of one head word
def test_and_inside_items_that_share_a_head_word():
    from analysis.rules.enumeration import enumeration_count
    five = "建立“五项制度”（资金分配与绩效挂钩制度、季度考核通报制度、家庭医生签约服务制度、问题整改销号制度）。"
    assert verdicts(enumeration_count, five) == ["inconsistent"]
    assert verdicts(enumeration_count, five.replace("五项", "四项")) == ["consistent"]
    # another author: a 会议纪要 line, the last item holding two of the head word
    text = "会议明确“五项机制”：信息收集与报送机制、联席会商机制、挂牌督办机制和约谈问责机制、考核奖惩机制。"
    assert verdicts(enumeration_count, text) == ["consistent"]
    # decoy: a piece of two characters before 与 may be an item with its head word left out (预警[机制]与研判机制)
    text = "推行“五项机制”：预警与研判机制、会商机制、督办机制和问责机制。"
    assert "inconsistent" not in verdicts(enumeration_count, text)
