"""Round 39 (twenty-fourth session): readings mended while the burned sets tuning56–58 (the former heldout86, heldout18
and heldout34) were read, each with sentences that hold, that fail and that sit on a boundary, and decoys."""
from analysis.rules.enumeration import enumeration_count
from analysis.rules.shares import percent_sum
from rules_cases import verdicts_stated as _rows


def _sum_verdicts(text: str) -> list[str]:
    return [v for v, _ in _rows(percent_sum, text)]


def _enum_verdicts(text: str) -> list[str]:
    return [v for v, _ in _rows(enumeration_count, text)]


def test_shares_of_the_uses_listed_in_the_clause_before_split_the_money():
    lead = "全年争取上级救灾资金1,250万元，用于倒房重建、冬春生活救助和应急转移安置，分别占52.0%、31.6%和"
    assert _sum_verdicts(lead + "14.8%。") == ["inconsistent"]
    assert _sum_verdicts(lead + "16.4%。") == ["consistent"]
    # the main uses only (主要用于) may leave some out: no sum below 100
    assert _sum_verdicts("全年争取上级救灾资金1,250万元，主要用于倒房重建、冬春生活救助和应急转移安置，分别占52.0%、"
                         "31.6%和14.8%。") == []
    # the uses counted (三个方面) as many as the shares: complete
    counted = "基金支出全部用于住院、门诊和定点药店购药三个方面，分别占58.4%、31.2%和{x}%。"
    assert _sum_verdicts(counted.format(x="9.1")) == ["inconsistent"]
    assert _sum_verdicts(counted.format(x="10.4")) == ["consistent"]
    # counted as more than the shares listed: the list is no split of them all
    assert _sum_verdicts("基金支出用于住院、门诊、大病保险和定点药店购药四个方面，其中住院、门诊和购药分别占58.4%、31.2%和"
                         "9.1%。") == []


def test_classes_counted_before_shares_of_a_whole_named_after_the_cue_are_all_of_it():
    lead = "项目支出按用途分为生态保护修复、森林草原防火和林业产业发展三类，分别占项目支出的58.4%、22.7%和"
    assert _sum_verdicts(lead + "21.3%。") == ["inconsistent"]
    assert _sum_verdicts(lead + "18.9%。") == ["consistent"]
    # classes not counted, the whole named after the cue: some may be left out
    assert _sum_verdicts("项目支出用于生态保护修复、森林草原防火和林业产业发展，分别占全县同类支出的58.4%、22.7%和"
                         "11.3%。") == []


def test_the_whole_named_before_the_items_with_zhong_is_no_share_within_each_group():
    text = "全年教育经费总支出3.28亿元；总支出中人员经费、公用经费和基建支出分别占62.5%、21.8%和{x}%。"
    assert _sum_verdicts(text.format(x="17.9")) == ["inconsistent"]
    assert _sum_verdicts(text.format(x="15.7")) == ["consistent"]
    # groups before 中 (小学、初中教师中女性): a share within each group, no split
    assert _sum_verdicts("全县小学、初中教师中女性分别占62.5%和51.8%。") == []


def test_kinds_of_one_thing_over_100_by_less_than_the_smallest_share():
    lead = "全社会用电量中，第一产业、第二产业、第三产业和城乡居民生活用电分别占2.1%、58.6%、24.3%和"
    assert _sum_verdicts(lead + "16.4%。") == ["inconsistent"]
    assert _sum_verdicts(lead + "15.0%。") == ["consistent"]
    # an excess as large as the smallest share named may be groups that overlap: no sum
    assert _sum_verdicts("全县农户中，种粮户、养殖户和务工户分别占60%、30%和40%。") == []


def test_a_list_after_ji_ends_before_a_clause_of_figures_split_with_dunhao():
    text = ("组织开展“四个专项”行动，即打击毁林专项、松材线虫病防治专项和野生动物保护专项，查处林政案件47起，"
            "其中刑事案件9起、行政案件38起。")
    assert _enum_verdicts(text) == ["inconsistent"]
    assert _enum_verdicts(text.replace("“四个专项”", "“三个专项”")) == ["consistent"]
    # the list going on after the figures (，以及…, no figure of its own): where it ends is not told
    assert _enum_verdicts("组织开展“四个专项”行动，即打击毁林专项、松材线虫病防治专项，查处林政案件47起，以及野生动物"
                          "保护专项、湿地保护专项。") == []


def test_an_item_quoting_a_slogan_with_dunhao_inside_is_one_item():
    text = ("开展了{n}项专项治理：打击欺诈骗保专项整治、医保违规问题自查自纠、“假病人、假病情、假票据”专项检查、"
            "定点药店违规销售整治、医保协议履行情况核查。")
    assert _enum_verdicts(text.format(n=6)) == ["inconsistent"]
    assert _enum_verdicts(text.format(n=5)) == ["consistent"]
