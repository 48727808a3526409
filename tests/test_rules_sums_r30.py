"""parts_sum, round 30: a 其中 list opened inside a bracket ends with the bracket (辖8个行政村（4个贫困村，其中一个深度贫困）
3个社区、41个村民小组…: the counts after it are not parts of the bracket's 4个); what a review of the whole kept (经审查立案) is
no kind beside the others. Sentences are our own."""
from analysis.rules.sums import parts_sum
from rules_cases import run


def _rows(text):
    return [(r["verdict"], r["stated"]) for r in run(parts_sum, text, year=2020)]


def test_a_list_opened_in_a_bracket_ends_with_it():
    assert _rows("全镇辖8个行政村(4个贫困村,其中一个深度贫困)3个社区,41个村民小组,120个自然村寨,20个网格。") == []


def test_a_list_inside_the_bracket_is_still_read():
    text = "全年支出合计860万元（其中基本支出{a}万元、项目支出340万元），比上年增长5.2%，新建村级活动场所12个。"
    assert _rows(text.format(a="520")) == [("consistent", "860万元 = 520万元 + 340万元")]
    assert _rows(text.format(a="560")) == [("inconsistent", "860万元 = 560万元 + 340万元")]


def test_what_a_review_kept_is_no_kind_beside_the_others():
    # (会后 is when 22 came; 经审查立案 is what the review kept of all 214: the two overlap)
    assert _rows("各委员共提交提案原件214件,其中会后22件,经审查立案196件,立案率91.6%。") == []


def test_kinds_that_run_over_the_total_still_fail():
    assert _rows("各委员共提交提案原件214件,其中会前192件,会后32件。") == [("inconsistent", "214件 = 192件 + 32件")]


def test_an_item_named_as_a_total_past_a_semicolon_is_the_next_item_of_the_outer_list():
    text = ("稻谷产量22.6万吨，下降0.2%；油料作物产量14.5万吨，增长8.8%，其中：油菜籽产量11.1万吨，增长10.1%；"
            "蔬菜及食用菌总产量49.9万吨，增长4.0%。")
    assert not [r for r in _rows(text) if r[0] == "inconsistent"]


def test_a_colon_list_past_a_semicolon_still_fails_when_it_runs_over():
    text = "全年支出合计860万元，其中：基本支出560万元；项目支出340万元。"
    assert _rows(text) == [("inconsistent", "860万元 = 560万元 + 340万元")]


def test_the_value_before_a_revision_is_no_part():
    text = ("政府性基金预算由年初的80000万元调整为50000万元，其中：土地出让收入由年初预算的65000万元调整为{a}万元，"
            "城市建设配套费10000万元、专项债务对应项目专项收入5000万元不作调整。")
    assert _rows(text.format(a="35000")) == [("consistent", "50000万元 = 35000万元 + 10000万元 + 5000万元")]
    assert _rows(text.format(a="36000")) == [("inconsistent", "50000万元 = 36000万元 + 10000万元 + 5000万元")]


def test_a_review_opening_the_list_gives_its_outcomes_a_split():
    assert _rows("全年共受理信访举报86件，其中经核查属实32件，部分属实21件，不属实38件。") == [
        ("inconsistent", "86件 = 32件 + 21件 + 38件")]


def test_list_markers_closing_no_bracket_keep_the_list():
    assert _rows("全县共有中小学45所，其中：1）小学32所；2）初中15所。") == [("inconsistent", "45所 = 32所 + 15所")]


def test_a_parts_bare_change_is_no_part():
    text = ("截至8月底，累计完成公共财政预算总收入{t}万元，比上年同期增加6517万元，增长10.61%。其中：地方公共财政预算收入"
            "完成51653万元，增加6455万元，增长14.28%；上划中央收入完成12133万元，减少282万元，下降2.27%；上划省级收入完成"
            "4163万元，增加344万元，增长9.01%。")
    assert _rows(text.format(t="67949")) == [("consistent", "67949万元 = 51653万元 + 12133万元 + 4163万元")]
    assert _rows(text.format(t="68949")) == [("inconsistent", "68949万元 = 51653万元 + 12133万元 + 4163万元")]


def test_a_sum_built_with_jiashang_adds_its_own_terms():
    text = ("会议期间，与会代表共提出议案14件，经审查，1件议案交由教科文卫委员会在闭会后审议，其余13件议案全部转为建议，"
            "加上会议期间收到的67件建议，共{t}件，全部交由市政府各部门承办。")
    assert ("consistent", "80件 = 13件 + 67件") in _rows(text.format(t="80"))
    assert ("inconsistent", "82件 = 13件 + 67件") in _rows(text.format(t="82"))
    # (加上级补助收入: 加 and 上级, not 加上 — a budget's sum keeps its first term)
    text = ("一般公共预算收入实际完成15.39亿元，比上年决算数14.94亿元增长3.0%，加上上级补助收入13.36亿元、调入资金0.05亿元，"
            "收入合计28.80亿元。")
    assert _rows(text) == [("consistent", "28.80亿元 = 15.39亿元 + 13.36亿元 + 0.05亿元")]


def test_items_handled_jointly_overlap():
    text = ("312件建议分别交由58个有关单位办理。其中，市政府及其所属部门承办286件，市法院承办6件（其中与市检察院合办1件），"
            "市检察院承办3件，市委有关部门承办{k}件（其中与市政府所属部门合办18件）。")
    assert _rows(text.format(k="35")) == []
    # (no joint handling said: the same list running over fails)
    assert _rows(text.format(k="35").replace("（其中与市检察院合办1件）", "").replace("（其中与市政府所属部门合办18件）", "")) == [
        ("inconsistent", "312件 = 286件 + 6件 + 3件 + 35件")]


def test_a_revenues_kind_and_level_are_two_cuts():
    text = "全年财政总收入10944万元，比上年下降8.5%，其中税收收入6752万元，增长2.4%，地方财政收入7774万元，下降3.8%。"
    assert _rows(text) == []
    # one cut at a time is still a split
    assert _rows("全年财政总收入10944万元，其中地方财政收入7774万元，上划中央收入3170万元。") == [
        ("consistent", "10944万元 = 7774万元 + 3170万元")]
    assert _rows("全年财政总收入10944万元，其中税收收入6752万元，非税收入4292万元。") == [
        ("inconsistent", "10944万元 = 6752万元 + 4292万元")]


def test_a_classs_own_list_after_a_semicolon_is_no_split_of_the_figure_before():
    text = ("将17个村分为三类，其中一类村包括上坪、下坪、中坪共3个村，共有农村人口8120人，按19.8%测算贫困人口为1608人；"
            "二类村包括东岭、西岭、南岭、北岭共4个村，共有农村人口4230人，按22.5%测算贫困人口为952人。")
    assert _rows(text) == []


def test_a_list_after_baokuo_in_its_own_clause_is_still_read():
    assert _rows("全年支出合计860万元，包括基本支出560万元、项目支出340万元。") == [("inconsistent", "860万元 = 560万元 + 340万元")]


def test_a_year_end_balance_is_no_difference_of_the_years_flows():
    assert _rows("2012年国有资本经营收入5.88亿元，支出6.67亿元，2012年末结余2.36亿元。") == []
    assert _rows("2012年国有资本经营收入5.88亿元，支出4.67亿元，结余1.31亿元。") == [
        ("inconsistent", "5.88亿元 = 4.67亿元 + 1.31亿元")]


# ---------------------------------------------------------------- the second review's counter-examples (round 30)
def test_second_review_guards():
    # 加上年结转 is 加 and 上年: the budget's sum keeps all its terms
    assert _rows("全县一般公共预算收入10.52亿元，上级补助收入5.36亿元，加上年结转2.11亿元，收入总计18.99亿元。") == [
        ("inconsistent", "18.99亿元 = 10.52亿元 + 5.36亿元 + 2.11亿元")]
    # the terms of the clause before 加上, all of them; every term of the sentence when they all add up
    assert _rows("全年办理人大代表建议8件、政协委员提案52件，加上市长信箱转办件40件，共办理100件。") == [
        ("consistent", "100件 = 8件 + 52件 + 40件")]
    assert _rows("大会期间收到代表议案3件，与会代表提出建议65件，加上闭会期间收到的建议15件，共83件。") == [
        ("consistent", "83件 = 3件 + 65件 + 15件")]
    # a local share and private capital: no revenue cut, the split still fails
    assert _rows("项目总投资8000万元，其中地方财政配套3000万元，民间资本投入5500万元。") == [
        ("inconsistent", "8000万元 = 3000万元 + 5500万元")]
    # a partner outside the list says nothing of the list's overlap
    assert _rows("全年共承办人大代表建议156件，其中市住建局承办62件（其中与各县区政府合办8件），市交通局承办48件，"
                 "市教育局承办52件。") == [("inconsistent", "156件 = 62件 + 48件 + 52件")]
    # 包括 after a semicolon with no subject of its own is the whole's list
    assert _rows("全县共有中小学校56所；包括高中3所、初中15所、小学40所。") == [("inconsistent", "56所 = 3所 + 15所 + 40所")]
    # the items of a difference (新增…，减少…) are parts, not a part's change
    assert _rows("全县城镇新增就业5300人，其中：新增6300人，减少1100人。") == [("inconsistent", "5300人 = 6300人 − 1100人")]
    # 年终 as 年末
    assert _rows("2012年国有资本经营收入5.88亿元，支出6.67亿元，年终结余2.36亿元。") == []
