"""parts_sum and cumulative_vs_new, round 16: a classification (从办理结果看) closed by a 合计 + verb total after its
items is judged; the count closed this way plus the count carried over adds up to the whole stated before; a 其中 list
whose catch-all (其他…) is followed by one open status is complete before its semicolon; a 、 list of one inflow and one
outflow (新登记…、注销…) after a stock and its previous level."""
from analysis.rules.cumulative import cumulative_vs_new
from analysis.rules.sums import parts_sum
from rules_cases import verdicts


def _bad(rule, text, year=2019):
    return any(v in ("inconsistent", "missing") for v in verdicts(rule, text, year))


# ---------------------------------------------------------------- 合计 + verb closing a classification
def test_classification_closed_by_total_with_verb():
    text = "从办理结果看，予以公开40件，部分公开11件，不予公开6件，其他处理3件，合计办结60件。"
    assert verdicts(parts_sum, text) == ["consistent"]
    assert verdicts(parts_sum, text.replace("合计办结60件", "合计办结62件")) == ["inconsistent"]
    # own phrasing (会议纪要): a classification by way of handling, the 合计 names another verb
    text = "按处理方式分，当场答复38件，转交办理19件，督促整改7件，合计处理64件。"
    assert verdicts(parts_sum, text) == ["consistent"]
    assert verdicts(parts_sum, text.replace("64件", "66件")) == ["inconsistent"]


def test_total_with_verb_without_classification_stays_weak():
    # decoy: no classification opens the list; 共问责 may count more people than the cases listed
    assert not _bad(parts_sum, "查处违纪案件12件，处分党员9人，诫勉谈话4人，共问责追责18人。")


def test_closed_and_carried_add_up_to_the_whole_before():
    text = ("全年收到申请150件，上年结转10件，共计160件。从办理结果看，予以公开90件，部分公开30件，其他处理28件，"
            "合计办结148件，结转下年度继续办理12件。")
    assert verdicts(parts_sum, text).count("consistent") == 3
    assert not _bad(parts_sum, text)


# ---------------------------------------------------------------- a catch-all then one open status, before a semicolon
def test_catch_all_then_open_status_closes_the_list():
    text = "被申请行政复议7件，其中结果维持4件、结果纠正1件、其他结果1件、尚未审结1件；被提起行政诉讼3件。"
    assert verdicts(parts_sum, text) == ["consistent"]
    assert verdicts(parts_sum, text.replace("维持4件", "维持5件")) == ["inconsistent"]
    # own phrasing (情况通报): a list of handling results with its catch-all second to last
    text = "受理群众来信52件，其中转办30件、直接答复15件、其他方式处理4件、正在办理3件；来访登记21批次。"
    assert verdicts(parts_sum, text) == ["consistent"]
    assert verdicts(parts_sum, text.replace("来信52件", "来信50件")) == ["inconsistent"]


def test_other_inside_an_item_under_its_total_is_no_alarm():
    # decoy: 移交其他部门 is a kind, not a catch-all; the list stays under its total (a selection)
    assert not _bad(parts_sum, "今年受理投诉举报40起，其中已办结31起、移交其他部门6起、尚在调查2起；涉及金额12起。")


# ---------------------------------------------------------------- stock, previous level, then a 、 list of flows
def test_inflow_and_outflow_in_one_list():
    text = "截至年底，全区实有市场主体5.68万户，比上年末的5.12万户增长10.9%。全年新登记市场主体9,850户、注销4,250户。"
    assert verdicts(cumulative_vs_new, text) == ["consistent"]
    # own phrasing (民政通报)
    text = "年末全县登记在册社会组织412个，较上年末的398个增长3.5%。本年新成立社会组织23个、依法撤销9个。"
    assert verdicts(cumulative_vs_new, text) == ["consistent"]
    # a flow that does not fit is not reported (the flows may be of a part of the stock)
    assert not _bad(cumulative_vs_new, text.replace("撤销9个", "撤销5个"))
